import { CauseState } from '@citypoints/http-contracts';
import { EntityManager } from 'typeorm';
import { Cause } from './cause';
import { Donation } from './donation-of';

const COLUMNS = `tenant_id, cause_id, state, texts, image_url, target, donated_points, version,
  created_at, updated_at`;

interface CauseRow {
  tenant_id: string;
  cause_id: string;
  state: CauseState;
  texts: Cause['texts'];
  image_url: string | null;
  target: number | null;
  donated_points: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Stores a new cause; (tenant, cause id) is the primary key. */
export async function insertCause(tx: EntityManager, cause: Cause): Promise<void> {
  await tx.query(
    `INSERT INTO cause (tenant_id, cause_id, state, texts, image_url, target, version,
       created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    values(cause),
  );
}

/**
 * Replaces the stored cause's fields, state and version with `cause`'s. The donated points are
 * the ledger's to change (addDonation), never an admin's.
 */
export async function updateCause(tx: EntityManager, cause: Cause): Promise<void> {
  await tx.query(
    `UPDATE cause SET state = $3, texts = $4, image_url = $5, target = $6, version = $7,
       created_at = $8, updated_at = $9
     WHERE tenant_id = $1 AND cause_id = $2`,
    values(cause),
  );
}

/**
 * Adds a donation's points to its cause's total; false when the tenant has no such cause.
 * Atomic on the row, so concurrent donations and admin changes each keep the other's effect.
 */
export async function addDonation(tx: EntityManager, donation: Donation): Promise<boolean> {
  const [, affected]: [unknown, number] = await tx.query(
    `UPDATE cause SET donated_points = donated_points + $3 WHERE tenant_id = $1 AND cause_id = $2`,
    [donation.tenantId, donation.causeId, donation.points],
  );
  return affected > 0;
}

/**
 * The tenant's cause, or undefined; `forUpdate` locks its row until the transaction ends, so
 * that concurrent changes of one cause apply one after the other.
 */
export async function findCause(
  db: EntityManager,
  tenantId: string,
  causeId: string,
  forUpdate = false,
): Promise<Cause | undefined> {
  const rows: CauseRow[] = await db.query(
    `SELECT ${COLUMNS} FROM cause WHERE tenant_id = $1 AND cause_id = $2
     ${forUpdate ? 'FOR UPDATE' : ''}`,
    [tenantId, causeId],
  );
  return rows.length > 0 ? causeOf(rows[0]) : undefined;
}

/** The tenant's causes in any of `states`, newest first. */
export async function listCauses(
  db: EntityManager,
  tenantId: string,
  states: CauseState[],
): Promise<Cause[]> {
  const rows: CauseRow[] = await db.query(
    `SELECT ${COLUMNS} FROM cause WHERE tenant_id = $1 AND state = ANY($2::text[])
     ORDER BY created_at DESC, cause_id`,
    [tenantId, states],
  );
  return rows.map(causeOf);
}

function values(c: Cause): unknown[] {
  return [
    c.tenantId,
    c.causeId,
    c.state,
    JSON.stringify(c.texts),
    c.imageUrl ?? null,
    c.target ?? null,
    c.version,
    c.createdAt,
    c.updatedAt,
  ];
}

function causeOf(row: CauseRow): Cause {
  return {
    tenantId: row.tenant_id,
    causeId: row.cause_id,
    state: row.state,
    texts: row.texts,
    ...(row.image_url !== null && { imageUrl: row.image_url }),
    ...(row.target !== null && { target: row.target }),
    // bigint arrives as text; a total stays far below 2^53 points.
    donatedPoints: Number(row.donated_points),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
