import { DEFAULT_VERIFICATION_SETTINGS, VerificationSettingsV1 } from '@citypoints/contracts';
import { EntityManager } from 'typeorm';
import { CatalogueReader } from './activity-catalogue.store';

/** What verification applies of a tenant's settings: its clock and its check-in rules. */
export interface TenantRules {
  /** IANA time zone, e.g. 'Europe/Lisbon', in which schedules and limits are read. */
  timeZone: string;
  verification: VerificationSettingsV1;
}

/**
 * Stores the tenant's time zone and verification settings from identity's settings (absent
 * verification settings, from an event older than the field, are the defaults), unless what is
 * stored came from a later event: a replayed older one must not undo a newer one.
 */
export async function setTenantRules(
  tx: EntityManager,
  tenantId: string,
  rules: TenantRules,
  changedAt: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO tenant_settings (tenant_id, time_zone, verification, changed_at)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (tenant_id) DO UPDATE SET
       time_zone = EXCLUDED.time_zone, verification = EXCLUDED.verification,
       changed_at = EXCLUDED.changed_at
     WHERE tenant_settings.changed_at <= EXCLUDED.changed_at`,
    [tenantId, rules.timeZone, JSON.stringify(rules.verification), changedAt],
  );
}

/**
 * The tenant's rules, or undefined while identity's TenantSettingsChanged has not been read —
 * then the tenant is unknown here. No default time zone on purpose: judging a schedule or a
 * daily limit in a guessed zone would be wrong by hours.
 */
export async function tenantRulesOf(
  db: CatalogueReader,
  tenantId: string,
): Promise<TenantRules | undefined> {
  const [row] = await db.query(
    `SELECT time_zone, verification FROM tenant_settings WHERE tenant_id = $1`,
    [tenantId],
  );
  if (!row) return undefined;
  return {
    timeZone: row.time_zone,
    verification: { ...DEFAULT_VERIFICATION_SETTINGS, ...row.verification },
  };
}

/** The tenant's IANA time zone, or undefined while it is unknown (see tenantRulesOf). */
export async function timeZoneOf(
  db: CatalogueReader,
  tenantId: string,
): Promise<string | undefined> {
  return (await tenantRulesOf(db, tenantId))?.timeZone;
}
