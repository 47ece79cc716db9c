import { IsIn } from 'class-validator';
import { LOCALES } from '../locales';

/** A DTO field holding one of the LOCALES, refused with a message that lists them. */
export function IsLocale(): PropertyDecorator {
  return IsIn(LOCALES, { message: `$property must be one of ${LOCALES.join(', ')}` });
}
