import { IsOptionalHttpsUrl } from '../is-optional-https-url';
import { HumanTextLimits, IsEmailAddress, IsHumanText } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsPhoneNumber, Min } from 'class-validator';

/** What a partner is: a business (a shop, a transit company) or an association (a club). */
export const PARTNER_KINDS = ['business', 'association'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** A partner's name as people read it on its offers. */
export const PARTNER_NAME: HumanTextLimits = { min: 1, max: 120 };

/**
 * A partner as a tenant admin writes it, to create it or to replace all its fields: its name,
 * kind, and optionally the business's own contact (a shared address and switchboard number,
 * not a person's: personal data stays in identity) and an https logo URL.
 */
export class PartnerInputDto {
  @ApiProperty({ minLength: PARTNER_NAME.min, maxLength: PARTNER_NAME.max, example: 'Carris' })
  @IsHumanText(PARTNER_NAME)
  name: string;

  @ApiProperty({ enum: PARTNER_KINDS })
  @IsIn(PARTNER_KINDS, { message: `kind must be one of ${PARTNER_KINDS.join(', ')}` })
  kind: PartnerKind;

  @ApiPropertyOptional({
    format: 'email',
    description: "the business's own address (info@…), not a person's",
  })
  @IsOptional()
  @IsEmailAddress()
  contactEmail?: string;

  @ApiPropertyOptional({
    example: '+351214800000',
    description: "the business's own number, international form (libphonenumber), not a person's",
  })
  @IsOptional()
  @IsPhoneNumber(undefined, {
    message: 'contactPhone must be a phone number in international form (+351…)',
  })
  contactPhone?: string;

  @IsOptionalHttpsUrl('logoUrl')
  logoUrl?: string;
}

/** A replacement of a partner's fields, optionally only if it is still at `version`. */
export class PartnerReplacementDto extends PartnerInputDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'the version the admin edited; 409 if the partner changed since',
  })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number from 1' })
  @Min(1, { message: 'version must be a whole number from 1' })
  version?: number;
}
