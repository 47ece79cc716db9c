import { Locale } from '@citypoints/contracts';

/**
 * What the activities service applies of a tenant's settings, as identity last published them
 * (TenantSettingsChanged): the IANA time zone its schedules are read in, the language every
 * title is needed in (absent when identity's event did not say) and the most points one
 * activity may give (absent: DEFAULT_MAX_ACTIVITY_POINTS).
 */
export interface TenantSettings {
  timeZone: string;
  defaultLocale?: Locale;
  maxActivityPoints?: number;
}
