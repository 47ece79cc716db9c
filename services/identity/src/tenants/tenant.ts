import { Locale } from '@citypoints/contracts';
import { TenantSettingsDto } from '@citypoints/http-contracts';

/** A tenant as identity holds it: its slug, name, locale, IANA time zone and the rules it set. */
export interface Tenant {
  slug: string;
  name: string;
  defaultLocale: Locale;
  timeZone: string;
  settings: TenantSettingsDto;
}
