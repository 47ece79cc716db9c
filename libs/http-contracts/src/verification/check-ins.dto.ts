import { ApiProperty } from '@nestjs/swagger';
import {
  IsNormalizedUuid,
  IsPoints,
  MAX_POINTS,
  ParticipationVerifiedV1,
} from '@citypoints/contracts';
import { IsIn } from 'class-validator';

type Method = ParticipationVerifiedV1['method'];

/** How a participation was verified: QR code and GPS, a steward on site, or an integration. */
const VERIFICATION_METHODS = [
  'qr-gps',
  'steward',
  'integration',
] as const satisfies readonly Method[];

/** A check-in to verify; the tenant is the path's. */
export class CheckInDto {
  @ApiProperty({ format: 'uuid', description: 'the citizen who took part' })
  @IsNormalizedUuid()
  userId: string;

  @ApiProperty({ format: 'uuid' })
  @IsNormalizedUuid()
  activityId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  @IsPoints()
  points: number;

  @ApiProperty({ enum: VERIFICATION_METHODS })
  @IsIn(VERIFICATION_METHODS, {
    message: `method must be one of ${VERIFICATION_METHODS.join(', ')}`,
  })
  method: Method;
}
