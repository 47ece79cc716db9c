import { EntityManager } from 'typeorm';
import { TenantSettings } from './tenant-settings';

/**
 * Stores the tenant's settings from identity's event of `changedAt`, unless what is stored
 * came from a later event (a replayed older one must not undo a newer one). Settings the
 * event leaves out are stored as unknown (null), as the event replaces them all.
 */
export async function setTenantSettings(
  tx: EntityManager,
  tenantId: string,
  settings: TenantSettings,
  changedAt: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO tenant_settings
       (tenant_id, time_zone, default_locale, max_activity_points, changed_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id) DO UPDATE SET
       time_zone = EXCLUDED.time_zone, default_locale = EXCLUDED.default_locale,
       max_activity_points = EXCLUDED.max_activity_points, changed_at = EXCLUDED.changed_at
     WHERE tenant_settings.changed_at <= EXCLUDED.changed_at`,
    [
      tenantId,
      settings.timeZone,
      settings.defaultLocale ?? null,
      settings.maxActivityPoints ?? null,
      changedAt,
    ],
  );
}

/**
 * The tenant's settings, or undefined while identity's TenantSettingsChanged has not been read
 * (callers then apply the rules that need no setting: English titles, the default maximum).
 */
export async function tenantSettingsOf(
  db: Pick<EntityManager, 'query'>,
  tenantId: string,
): Promise<TenantSettings | undefined> {
  const [row] = await db.query(
    `SELECT time_zone, default_locale, max_activity_points FROM tenant_settings
     WHERE tenant_id = $1`,
    [tenantId],
  );
  if (!row) return undefined;
  return {
    timeZone: row.time_zone,
    ...(row.default_locale !== null && { defaultLocale: row.default_locale }),
    ...(row.max_activity_points !== null && { maxActivityPoints: row.max_activity_points }),
  };
}
