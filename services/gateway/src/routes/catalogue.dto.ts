import { OfferDto } from '@citypoints/http-contracts';
import { ApiProperty } from '@nestjs/swagger';

/** An offer as the catalogue shows it to the caller, with whether their balance pays for it. */
export class CatalogueOfferDto extends OfferDto {
  @ApiProperty({
    description:
      "whether the caller's balance now covers pricePoints (the ledger decides at redeem)",
  })
  affordable: boolean;
}

/**
 * The offers the caller may see (rewards decides: the catalogue for residents, their partner's
 * for its staff, every offer for admins), newest first, with the caller's balance in points.
 */
export class CatalogueDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "the caller's points balance the offers are judged against; 0 without an account",
  })
  balance: number;

  @ApiProperty({ type: [CatalogueOfferDto] })
  offers: CatalogueOfferDto[];
}
