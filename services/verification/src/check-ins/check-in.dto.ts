import { ApiProperty } from '@nestjs/swagger';
import { IsNormalizedUuid, IsPoints, MAX_POINTS } from '@citypoints/contracts';
import { IsIn } from 'class-validator';
import { CheckIn } from './verify-check-in';

const METHODS = [
  'qr-gps',
  'steward',
  'integration',
] as const satisfies readonly CheckIn['method'][];

/** A check-in to verify; the tenant is the path's. */
export class CheckInDto implements CheckIn {
  @ApiProperty({ format: 'uuid', description: 'the citizen who took part' })
  @IsNormalizedUuid()
  userId: string;

  @ApiProperty({ format: 'uuid' })
  @IsNormalizedUuid()
  activityId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  @IsPoints()
  points: number;

  @ApiProperty({ enum: METHODS })
  @IsIn(METHODS)
  method: CheckIn['method'];
}
