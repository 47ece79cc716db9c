import { LOCALES } from '@citypoints/contracts';
import { ValidateBy } from 'class-validator';

/**
 * A DTO field of texts per language (`{ en?: …, sv?: …, pt?: … }`) that must hold at least one
 * of LOCALES, which ValidateNested alone lets through as `{}`. Refused with `message`, which
 * should name the field.
 */
export function HasSomeLanguage(message: string): PropertyDecorator {
  return ValidateBy({
    name: 'hasSomeLanguage',
    validator: {
      validate: (value) =>
        typeof value === 'object' &&
        value !== null &&
        LOCALES.some((locale) => (value as Record<string, unknown>)[locale] !== undefined),
      defaultMessage: () => message,
    },
  });
}
