import { DEFAULT_MAX_ACTIVITY_POINTS, DomainError } from '@citypoints/contracts';
import { TenantSettings } from '../tenant-settings/tenant-settings';
import { ActivityFields } from './activity';

/**
 * Asserts what the tenant's settings ask of an activity (issue 12): points at most the
 * tenant's `maxActivityPoints` (DEFAULT_MAX_ACTIVITY_POINTS when it set none or is not known
 * yet), and a title in its default language (English while identity has not said which).
 * Throws DomainError('invalid') naming the field: `points-above-maximum` (`points`) or
 * `title-required` (`titles.<locale>`).
 */
export function assertTenantRules(
  fields: ActivityFields,
  settings: TenantSettings | undefined,
): void {
  const maxPoints = settings?.maxActivityPoints ?? DEFAULT_MAX_ACTIVITY_POINTS;
  if (fields.points > maxPoints) {
    const message = `points must be at most ${maxPoints}, the tenant's maximum per activity`;
    throw new DomainError('invalid', 'points-above-maximum', message, 'points');
  }
  const locale = settings?.defaultLocale ?? 'en';
  if (!fields.titles[locale]) {
    const field = `titles.${locale}`;
    const message = `${field} is required: a title in the tenant's default language`;
    throw new DomainError('invalid', 'title-required', message, field);
  }
}
