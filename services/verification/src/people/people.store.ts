import { EntityManager } from 'typeorm';
import { CatalogueReader } from '../activity-catalogue/activity-catalogue.store';

/** Remembers that the person (a pseudonymous id) belongs to the tenant. */
export async function registerPerson(tx: EntityManager, tenantId: string, userId: string) {
  await tx.query(`INSERT INTO person (tenant_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    tenantId,
    userId,
  ]);
}

/**
 * Marks the person erased, for good (also when their registration has not arrived yet), and
 * drops what verification kept that says more about them than that they took part: the
 * positions of their scans (a trace of where they were) and what a tenant admin wrote about
 * them in the review queue (free text about a person stays erasable, DESIGN.md).
 */
export async function erasePerson(tx: EntityManager, tenantId: string, userId: string) {
  await tx.query(
    `INSERT INTO person (tenant_id, user_id, erased) VALUES ($1, $2, true)
     ON CONFLICT (tenant_id, user_id) DO UPDATE SET erased = true`,
    [tenantId, userId],
  );
  await tx.query(
    `UPDATE participation
     SET review_note = NULL, latitude = NULL, longitude = NULL, accuracy = NULL, distance = NULL
     WHERE tenant_id = $1 AND user_id = $2`,
    [tenantId, userId],
  );
}

/**
 * What verification knows of the person in the tenant: `active` once registered, `erased` for
 * good, `unknown` before either event arrived (or for someone of another tenant).
 */
export async function personState(
  db: CatalogueReader,
  tenantId: string,
  userId: string,
): Promise<'active' | 'erased' | 'unknown'> {
  const [row] = await db.query(`SELECT erased FROM person WHERE tenant_id = $1 AND user_id = $2`, [
    tenantId,
    userId,
  ]);
  if (!row) return 'unknown';
  return row.erased ? 'erased' : 'active';
}

/** Remembers a revoked personal card of the tenant. */
export async function revokeCard(tx: EntityManager, tenantId: string, cardId: string) {
  await tx.query(
    `INSERT INTO revoked_card (tenant_id, card_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [tenantId, cardId],
  );
}

/** Whether the tenant's personal card was revoked. */
export async function isRevokedCard(
  db: CatalogueReader,
  tenantId: string,
  cardId: string,
): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM revoked_card WHERE tenant_id = $1 AND card_id = $2`, [
    tenantId,
    cardId,
  ]);
  return rows.length > 0;
}
