import { isOpenAt } from '@citypoints/activity-rules';
import { Locale } from '@citypoints/contracts';
import { ActivityDetailsDto } from '@citypoints/http-contracts';
import { Activity } from '../activities/activity';
import { TenantSettings } from '../tenant-settings/tenant-settings';
import { inLanguage } from './in-language';

/** How a resident reads: in `language` if given, at `now`, with the tenant's settings if known. */
export interface Reading {
  language?: Locale;
  settings?: TenantSettings;
  now: Date;
}

/**
 * A published activity as a resident reads it: title and description in the language asked
 * for, else the tenant's default (English while unknown), else any the activity has (inLanguage);
 * `openNow` by isOpenAt on the tenant's clock. While the tenant's time zone is not known only
 * an always-open activity without exceptions is open, since a guessed zone would be off by hours.
 */
export function residentView(activity: Activity, reading: Reading): ActivityDetailsDto {
  const preferred = [reading.language, reading.settings?.defaultLocale ?? 'en'];
  // An activity always has a title in its tenant's default language (assertTenantRules).
  const title = inLanguage(activity.titles, preferred) ?? { language: 'en', text: '' };
  const description = inLanguage(activity.descriptions, [title.language, ...preferred]);
  const { activityId, category, points, imageUrl, impact, place, schedule, methods } = activity;
  return {
    activityId,
    language: title.language,
    title: title.text,
    ...(description && { description: description.text }),
    category,
    points,
    ...(imageUrl !== undefined && { imageUrl }),
    ...(impact && { impact }),
    ...(place && { place }),
    schedule,
    methods,
    openNow: openAt(activity, reading),
  };
}

function openAt({ schedule }: Activity, { settings, now }: Reading): boolean {
  if (settings) return isOpenAt(schedule, now, settings.timeZone);
  return schedule.kind === 'always' && !schedule.exceptions?.length;
}
