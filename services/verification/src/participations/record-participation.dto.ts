import { TENANT_ID } from '@citypoints/contracts';
import { IsIn, IsInt, IsUUID, Matches, Max, Min } from 'class-validator';

export class RecordParticipationDto {
  @Matches(TENANT_ID, { message: 'tenantId must be 1-63 characters of a-z, 0-9 and -' })
  tenantId: string;

  @IsUUID()
  userId: string;

  @IsUUID()
  activityId: string;

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  points: number;

  @IsIn(['qr-gps', 'steward', 'integration'])
  method: 'qr-gps' | 'steward' | 'integration';
}
