import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { CheckIn } from './verify-check-in';

const METHODS = [
  'qr-gps',
  'steward',
  'integration',
] as const satisfies readonly CheckIn['method'][];

/** A check-in to verify; the tenant is the path's. */
export class CheckInDto implements CheckIn {
  @ApiProperty({ format: 'uuid', description: 'the citizen who took part' })
  @IsUUID()
  userId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  activityId: string;

  @ApiProperty({ minimum: 1, maximum: 1_000_000 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  points: number;

  @ApiProperty({ enum: METHODS })
  @IsIn(METHODS)
  method: CheckIn['method'];
}
