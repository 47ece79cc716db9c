import { MAX_POINTS, OFFER_CATEGORIES } from '@citypoints/contracts';
import type { OfferCategory } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OfferTextsDto } from './offer-input.dto';

export const OFFER_STATES = ['draft', 'submitted', 'published', 'paused', 'ended'] as const;

/**
 * Where an offer is in its life: draft → submitted → published ⇄ paused → ended, which is
 * final; a submitted offer may go back to draft (withdrawn, or rejected with a reason).
 */
export type OfferState = (typeof OFFER_STATES)[number];

/** An offer as rewards holds it; instants are ISO-8601 UTC. */
export class OfferDto {
  @ApiProperty({ example: 'cascais' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  offerId: string;

  @ApiProperty({ format: 'uuid' })
  partnerId: string;

  @ApiProperty({ enum: OFFER_STATES })
  state: OfferState;

  @ApiProperty({ type: OfferTextsDto })
  texts: OfferTextsDto;

  @ApiPropertyOptional({ format: 'uri' })
  imageUrl?: string;

  @ApiProperty({ enum: OFFER_CATEGORIES })
  category: OfferCategory;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  pricePoints: number;

  @ApiProperty({ type: 'integer', minimum: 1, nullable: true, description: 'null: unlimited' })
  stock: number | null;

  @ApiProperty({ type: 'integer', minimum: 1, nullable: true, description: 'null: no limit' })
  perPersonLimit: number | null;

  @ApiProperty({ format: 'date-time' })
  saleStartsAt: string;

  @ApiProperty({ format: 'date-time' })
  saleEndsAt: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  validDays?: number;

  @ApiPropertyOptional({ format: 'date-time' })
  validUntil?: string;

  @ApiProperty()
  terms: string;

  @ApiPropertyOptional({ description: "the tenant admin's reason, while a rejected draft" })
  rejectionReason?: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'raised by every change' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** Offers, newest first. */
export class OfferListDto {
  @ApiProperty({ type: [OfferDto] })
  offers: OfferDto[];
}
