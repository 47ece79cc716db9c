import { CreateTenantDto, TenantSettingsDto } from '@citypoints/http-contracts';
import { instanceToPlain } from 'class-transformer';
import { EntityManager } from 'typeorm';
import { Tenant } from './tenant';

const COLUMNS = `slug, name, default_locale AS "defaultLocale", time_zone AS "timeZone", settings`;

/**
 * Stores the new tenant and answers it as stored. Throws Postgres's unique violation (23505)
 * for a slug in use.
 */
export async function insertTenant(tx: EntityManager, input: CreateTenantDto): Promise<Tenant> {
  const [tenant] = await tx.query(
    `INSERT INTO tenant (slug, name, default_locale, time_zone, settings)
     VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [input.slug, input.name, input.defaultLocale, input.timeZone, settingsJson(input.settings)],
  );
  return tenant;
}

/** The tenant with this slug; none when unknown. */
export async function findTenant(db: EntityManager, slug: string): Promise<Tenant | undefined> {
  const [tenant] = await db.query(`SELECT ${COLUMNS} FROM tenant WHERE slug = $1`, [slug]);
  return tenant;
}

/** Merges `settings` into the tenant's and answers the tenant after; none when unknown. */
export async function mergeSettings(
  tx: EntityManager,
  slug: string,
  settings: TenantSettingsDto,
): Promise<Tenant | undefined> {
  const [[tenant]] = await tx.query(
    `UPDATE tenant SET settings = settings || $2::jsonb WHERE slug = $1 RETURNING ${COLUMNS}`,
    [slug, settingsJson(settings)],
  );
  return tenant;
}

function settingsJson(settings: TenantSettingsDto | undefined): string {
  return JSON.stringify(instanceToPlain(settings ?? {}));
}
