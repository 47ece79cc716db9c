import { IsOptionalHttpsUrl } from '../is-optional-https-url';
import {
  IsHumanText,
  IsNormalizedUuid,
  IsPoints,
  LOCALES,
  MAX_POINTS,
  MAX_VOUCHER_VALID_DAYS,
  OFFER_CATEGORIES,
  OFFER_DESCRIPTION,
  OFFER_TERMS,
  OFFER_TITLE,
} from '@citypoints/contracts';
import type { OfferCategory } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { HasSomeLanguage } from '../has-some-language';
import { IsInstant } from '../is-instant';

const SOME_LANGUAGE = `texts must hold a title and description in at least one of ${LOCALES.join(', ')}`;
const STOCK = 'stock must be a whole number from 1, or null for unlimited';
const PER_PERSON = 'perPersonLimit must be a whole number from 1, or null for no limit';
const VALID_DAYS = `validDays must be a whole number of days from 1 to ${MAX_VOUCHER_VALID_DAYS}`;
const unlessNull = (field: 'stock' | 'perPersonLimit') =>
  ValidateIf((input: OfferFieldsDto) => input[field] !== null);

/** What an offer is, in one language. */
export class OfferTextDto {
  @ApiProperty({ minLength: OFFER_TITLE.min, maxLength: OFFER_TITLE.max, example: 'Bus day pass' })
  @IsHumanText(OFFER_TITLE)
  title: string;

  @ApiProperty({ minLength: OFFER_DESCRIPTION.min, maxLength: OFFER_DESCRIPTION.max })
  @IsHumanText(OFFER_DESCRIPTION)
  description: string;
}

/**
 * An offer's text per language of LOCALES, each optional but at least one; a language that is
 * not one of them is refused as an unknown field (`texts.de is not a known field`).
 */
export class OfferTextsDto {
  @ApiPropertyOptional({ type: OfferTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferTextDto)
  en?: OfferTextDto;

  @ApiPropertyOptional({ type: OfferTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferTextDto)
  sv?: OfferTextDto;

  @ApiPropertyOptional({ type: OfferTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferTextDto)
  pt?: OfferTextDto;
}

/**
 * An offer's fields as its partner or a tenant admin writes them: texts per language, an https
 * image, a category, the price in whole points (1 to MAX_POINTS), the stock of vouchers and the
 * most one person may get (each a whole number from 1, or null for unlimited), the sale window
 * (instants, end after start) and how long a voucher stays valid: `validDays` after it is
 * issued or until the fixed instant `validUntil` (after the sale ends), exactly one of them.
 * The rules across fields are the rewards service's (assertOfferFields).
 */
export class OfferFieldsDto {
  @ApiProperty({ type: OfferTextsDto })
  @IsObject({ message: SOME_LANGUAGE })
  @HasSomeLanguage(SOME_LANGUAGE)
  @ValidateNested()
  @Type(() => OfferTextsDto)
  texts: OfferTextsDto;

  @IsOptionalHttpsUrl('imageUrl')
  imageUrl?: string;

  @ApiProperty({ enum: OFFER_CATEGORIES })
  @IsIn(OFFER_CATEGORIES, { message: `category must be one of ${OFFER_CATEGORIES.join(', ')}` })
  category: OfferCategory;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  @IsPoints()
  pricePoints: number;

  @ApiProperty({ type: 'integer', minimum: 1, nullable: true, description: 'null: unlimited' })
  @unlessNull('stock')
  @IsInt({ message: STOCK })
  @Min(1, { message: STOCK })
  stock: number | null;

  @ApiProperty({ type: 'integer', minimum: 1, nullable: true, description: 'null: no limit' })
  @unlessNull('perPersonLimit')
  @IsInt({ message: PER_PERSON })
  @Min(1, { message: PER_PERSON })
  perPersonLimit: number | null;

  @ApiProperty({ format: 'date-time', example: '2027-05-01T00:00:00Z' })
  @IsInstant()
  saleStartsAt: string;

  @ApiProperty({ format: 'date-time', description: 'after saleStartsAt' })
  @IsInstant()
  saleEndsAt: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_VOUCHER_VALID_DAYS,
    description: 'a voucher is valid this many days after it is issued; or validUntil',
  })
  @IsOptional()
  @IsInt({ message: VALID_DAYS })
  @Min(1, { message: VALID_DAYS })
  @Max(MAX_VOUCHER_VALID_DAYS, { message: VALID_DAYS })
  validDays?: number;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'every voucher is valid until this instant, after saleEndsAt; or validDays',
  })
  @IsOptional()
  @IsInstant()
  validUntil?: string;

  @ApiProperty({ minLength: OFFER_TERMS.min, maxLength: OFFER_TERMS.max })
  @IsHumanText(OFFER_TERMS)
  terms: string;
}

/** A new offer, a draft of `partnerId` (a partner's staff may name their own partner only). */
export class OfferInputDto extends OfferFieldsDto {
  @ApiProperty({ format: 'uuid' })
  @IsNormalizedUuid()
  partnerId: string;
}

/** A replacement of an offer's fields, optionally only if it is still at `version`. */
export class OfferReplacementDto extends OfferFieldsDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'the version the editor edited; 409 if the offer changed since',
  })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number from 1' })
  @Min(1, { message: 'version must be a whole number from 1' })
  version?: number;
}

/** Why a tenant admin sends a submitted offer back to draft, for the partner to read. */
export class OfferRejectionDto {
  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @IsHumanText({ min: 1, max: 2000, multiline: true })
  reason: string;
}
