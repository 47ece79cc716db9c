import { DEFAULT_MAX_ACTIVITY_POINTS, DEFAULT_VERIFICATION_SETTINGS } from '@citypoints/contracts';
import { CreateTenantDto, TenantSettingsDto } from '@citypoints/http-contracts';
import { instanceToPlain } from 'class-transformer';
import { EntityManager } from 'typeorm';
import { Tenant } from './tenant';

// The rules other than these two live in `settings`; the answer shows all of them there.
const COLUMNS = `slug, name, default_locale AS "defaultLocale", time_zone AS "timeZone",
  settings || jsonb_build_object('maxActivityPoints', max_activity_points,
    'verification', verification) AS settings`;

/**
 * Stores the new tenant, its verification settings over the defaults, and answers it as
 * stored. Throws Postgres's unique violation (23505) for a slug in use.
 */
export async function insertTenant(tx: EntityManager, input: CreateTenantDto): Promise<Tenant> {
  const { rules, maxActivityPoints, verification } = columnsOf(input.settings);
  const [tenant] = await tx.query(
    `INSERT INTO tenant
       (slug, name, default_locale, time_zone, settings, max_activity_points, verification)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb || $8::jsonb) RETURNING ${COLUMNS}`,
    [
      input.slug,
      input.name,
      input.defaultLocale,
      input.timeZone,
      rules,
      maxActivityPoints ?? DEFAULT_MAX_ACTIVITY_POINTS,
      JSON.stringify(DEFAULT_VERIFICATION_SETTINGS),
      verification,
    ],
  );
  return tenant;
}

/** The tenant with this slug; none when unknown. */
export async function findTenant(db: EntityManager, slug: string): Promise<Tenant | undefined> {
  const [tenant] = await db.query(`SELECT ${COLUMNS} FROM tenant WHERE slug = $1`, [slug]);
  return tenant;
}

/**
 * Merges `settings` into the tenant's (the fields of `verification` one by one) and answers the
 * tenant after; none when unknown.
 */
export async function mergeSettings(
  tx: EntityManager,
  slug: string,
  settings: TenantSettingsDto,
): Promise<Tenant | undefined> {
  const { rules, maxActivityPoints, verification } = columnsOf(settings);
  const [[tenant]] = await tx.query(
    `UPDATE tenant SET settings = settings || $2::jsonb,
       max_activity_points = coalesce($3, max_activity_points),
       verification = verification || $4::jsonb
     WHERE slug = $1 RETURNING ${COLUMNS}`,
    [slug, rules, maxActivityPoints ?? null, verification],
  );
  return tenant;
}

// The settings as the columns hold them: JSON without the fields a request left out.
function columnsOf(settings: TenantSettingsDto | undefined) {
  const { maxActivityPoints, verification, ...rules } = instanceToPlain(settings ?? {});
  return {
    rules: JSON.stringify(rules),
    maxActivityPoints: maxActivityPoints as number | undefined,
    verification: JSON.stringify(verification ?? {}),
  };
}
