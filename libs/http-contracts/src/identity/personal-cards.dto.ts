import { ApiProperty } from '@nestjs/swagger';

/**
 * A printed personal card, newly issued: its id, the code to print (a signed JWT, shown as a
 * QR code, see PERSONAL_CARD_TOKEN of @citypoints/contracts; shown this once) and when it was
 * issued, ISO-8601 UTC.
 */
export class PersonalCardIssuedDto {
  @ApiProperty({ format: 'uuid' })
  cardId: string;

  @ApiProperty({ description: 'a signed JWT without expiry, printed as a QR code' })
  code: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;
}

/** A person's personal card, without its code: when it was issued and revoked, ISO-8601 UTC. */
export class PersonalCardDto {
  @ApiProperty({ format: 'uuid' })
  cardId: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'null: valid' })
  revokedAt: string | null;
}

/** A person's personal cards, oldest first. */
export class PersonalCardsDto {
  @ApiProperty({ type: [PersonalCardDto] })
  cards: PersonalCardDto[];
}
