import { EntityManager } from 'typeorm';
import { CatalogueReader } from './activity-catalogue.store';

/**
 * Stores the tenant's IANA time zone from identity's settings, unless what is stored came
 * from a later event (a replayed older one must not undo a newer one).
 */
export async function setTimeZone(
  tx: EntityManager,
  tenantId: string,
  timeZone: string,
  changedAt: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO tenant_settings (tenant_id, time_zone, changed_at) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id) DO UPDATE SET
       time_zone = EXCLUDED.time_zone, changed_at = EXCLUDED.changed_at
     WHERE tenant_settings.changed_at <= EXCLUDED.changed_at`,
    [tenantId, timeZone, changedAt],
  );
}

/**
 * The tenant's IANA time zone (e.g. 'Europe/Lisbon'), or undefined while identity's
 * TenantSettingsChanged has not been read. No default on purpose: judging a schedule or a
 * daily limit in a guessed zone would be wrong by hours; a caller judges what needs no time
 * zone (an always-open activity without calendar limits) and refuses the rest for now.
 */
export async function timeZoneOf(
  db: CatalogueReader,
  tenantId: string,
): Promise<string | undefined> {
  const [row] = await db.query(`SELECT time_zone FROM tenant_settings WHERE tenant_id = $1`, [
    tenantId,
  ]);
  return row?.time_zone;
}
