import { Locale, VerificationSettingsV1 } from '@citypoints/contracts';
import { TenantSettingsDto } from '@citypoints/http-contracts';

/** The tenant's rules as stored: the most points per activity and verification always whole. */
export interface TenantSettings extends TenantSettingsDto {
  maxActivityPoints: number;
  verification: VerificationSettingsV1;
}

/** A tenant as identity holds it: its slug, name, locale, IANA time zone and the rules it set. */
export interface Tenant {
  slug: string;
  name: string;
  defaultLocale: Locale;
  timeZone: string;
  settings: TenantSettings;
}
