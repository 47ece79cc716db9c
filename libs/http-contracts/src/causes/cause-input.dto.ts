import { IsOptionalHttpsUrl } from '../is-optional-https-url';
import { HumanTextLimits, IsHumanText, LOCALES } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { HasSomeLanguage } from '../has-some-language';

/** A cause's title in one language: one line. */
export const CAUSE_TITLE: HumanTextLimits = { min: 1, max: 120 };
/** A cause's description in one language: a few paragraphs, line breaks allowed. */
export const CAUSE_DESCRIPTION: HumanTextLimits = { min: 1, max: 4000, multiline: true };
/** The largest target a cause may set, in points (the ledger's points fit 2^53 easily). */
export const MAX_CAUSE_TARGET = 1_000_000_000;

const TARGET = `target must be a whole number of points from 1 to ${MAX_CAUSE_TARGET}`;
const SOME_LANGUAGE = `texts must hold a title and description in at least one of ${LOCALES.join(', ')}`;

/** What a cause is, in one language. */
export class CauseTextDto {
  @ApiProperty({ minLength: CAUSE_TITLE.min, maxLength: CAUSE_TITLE.max })
  @IsHumanText(CAUSE_TITLE)
  title: string;

  @ApiProperty({ minLength: CAUSE_DESCRIPTION.min, maxLength: CAUSE_DESCRIPTION.max })
  @IsHumanText(CAUSE_DESCRIPTION)
  description: string;
}

/**
 * A cause's text per language of LOCALES, each optional; a language that is not one of them is
 * refused as an unknown field (`texts.de is not a known field`).
 */
export class CauseTextsDto {
  @ApiPropertyOptional({ type: CauseTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CauseTextDto)
  en?: CauseTextDto;

  @ApiPropertyOptional({ type: CauseTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CauseTextDto)
  sv?: CauseTextDto;

  @ApiPropertyOptional({ type: CauseTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CauseTextDto)
  pt?: CauseTextDto;
}

/**
 * A charitable cause as a tenant admin writes it, to create it or to replace all its fields:
 * texts per language (at least one), an https image URL, and a target in whole points
 * (1 to MAX_CAUSE_TARGET), both optional.
 */
export class CauseInputDto {
  @ApiProperty({ type: CauseTextsDto })
  @IsObject({ message: SOME_LANGUAGE })
  @HasSomeLanguage(SOME_LANGUAGE)
  @ValidateNested()
  @Type(() => CauseTextsDto)
  texts: CauseTextsDto;

  @IsOptionalHttpsUrl('imageUrl')
  imageUrl?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_CAUSE_TARGET })
  @IsOptional()
  @IsInt({ message: TARGET })
  @Min(1, { message: TARGET })
  @Max(MAX_CAUSE_TARGET, { message: TARGET })
  target?: number;
}

/** A replacement of a draft cause's fields, optionally only if it is still at `version`. */
export class CauseReplacementDto extends CauseInputDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'the version the admin edited; 409 if the cause changed since',
  })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number from 1' })
  @Min(1, { message: 'version must be a whole number from 1' })
  version?: number;
}
