import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUrl, MaxLength } from 'class-validator';

/** The longest URL a field of an image or logo takes. */
export const MAX_URL_LENGTH = 2000;

/**
 * An optional https URL of at most MAX_URL_LENGTH characters (an activity's or offer's image, a
 * partner's logo), documented as such; each refusal names `field`.
 */
export function IsOptionalHttpsUrl(field: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ format: 'uri', maxLength: MAX_URL_LENGTH, description: 'an https URL' }),
    IsOptional(),
    MaxLength(MAX_URL_LENGTH, { message: `${field} must be at most ${MAX_URL_LENGTH} characters` }),
    IsUrl(
      { protocols: ['https'], require_protocol: true },
      { message: `${field} must be an https URL` },
    ),
  );
}
