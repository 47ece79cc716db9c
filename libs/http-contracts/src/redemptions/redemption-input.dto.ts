import { IsNormalizedUuid } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** A person asks for a voucher of `offerId`, paying its price in points. */
export class RedemptionInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsNormalizedUuid()
  offerId: string;
}
