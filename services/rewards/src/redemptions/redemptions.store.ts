import { RedemptionFailureReason } from '@citypoints/contracts';
import { EntityManager } from 'typeorm';
import { TakenUnits } from './assert-redeemable';
import { Redemption } from './redemption';

const COLUMNS = `tenant_id, redemption_id, user_id, offer_id, points, state, reason,
  idempotency_key, request_hash, asks, requested_at, asked_at, resolved_at`;

/** Stores a new redemption; (tenant, person, Idempotency-Key) is unique. */
export async function insertRedemption(tx: EntityManager, r: Redemption): Promise<void> {
  await tx.query(
    `INSERT INTO redemption (${COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      r.tenantId,
      r.redemptionId,
      r.userId,
      r.offerId,
      r.points,
      r.state,
      r.reason ?? null,
      r.idempotencyKey,
      r.requestHash,
      r.asks,
      r.requestedAt,
      r.askedAt,
      r.resolvedAt ?? null,
    ],
  );
}

/**
 * Serializes the requests of one person of a tenant until the transaction ends, so that two
 * with the same Idempotency-Key (or for two offers) never race.
 */
export async function lockPerson(tx: EntityManager, tenantId: string, userId: string) {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `redemption:${tenantId}:${userId}`,
  ]);
}

/** The person's redemption made with Idempotency-Key `key`, if any. */
export async function findByKey(
  db: EntityManager,
  tenantId: string,
  userId: string,
  key: string,
): Promise<Redemption | undefined> {
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM redemption
     WHERE tenant_id = $1 AND user_id = $2 AND idempotency_key = $3`,
    [tenantId, userId, key],
  );
  return rows.length > 0 ? redemptionOf(rows[0]) : undefined;
}

/** The tenant's redemption, or undefined; `forUpdate` locks its row until the transaction ends. */
export async function findRedemption(
  db: EntityManager,
  tenantId: string,
  redemptionId: string,
  forUpdate = false,
): Promise<Redemption | undefined> {
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM redemption WHERE tenant_id = $1 AND redemption_id = $2
     ${forUpdate ? 'FOR UPDATE' : ''}`,
    [tenantId, redemptionId],
  );
  return rows.length > 0 ? redemptionOf(rows[0]) : undefined;
}

/** The offer's units reserved or issued, everybody's and `userId`'s. */
export async function takenUnits(
  db: EntityManager,
  tenantId: string,
  offerId: string,
  userId: string,
): Promise<TakenUnits> {
  const [row] = await db.query(
    `SELECT count(*)::int AS all, (count(*) FILTER (WHERE user_id = $3))::int AS mine
     FROM redemption WHERE tenant_id = $1 AND offer_id = $2 AND state IN ('pending', 'issued')`,
    [tenantId, offerId, userId],
  );
  return { all: row.all, mine: row.mine };
}

/**
 * Up to `limit` pending redemptions (of any tenant) last asked at or before `askedBefore`,
 * oldest first, locked; rows another replica holds are skipped, so two resolvers never act on
 * one redemption.
 */
export async function lockOverdue(
  tx: EntityManager,
  askedBefore: Date,
  limit: number,
): Promise<Redemption[]> {
  const rows = await tx.query(
    `SELECT ${COLUMNS} FROM redemption WHERE state = 'pending' AND asked_at <= $1
     ORDER BY asked_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [askedBefore, limit],
  );
  return rows.map(redemptionOf);
}

/** Records another ask of a pending redemption at `now`. */
export async function recordAsk(tx: EntityManager, r: Redemption, now: Date): Promise<void> {
  await tx.query(
    `UPDATE redemption SET asks = asks + 1, asked_at = $3
     WHERE tenant_id = $1 AND redemption_id = $2`,
    [r.tenantId, r.redemptionId, now],
  );
}

/** Resolves a redemption: issued, or failed for `reason`, at `now`. */
export async function resolveRedemption(
  tx: EntityManager,
  r: Redemption,
  now: Date,
  reason?: RedemptionFailureReason,
): Promise<void> {
  await tx.query(
    `UPDATE redemption SET state = $3, reason = $4, resolved_at = $5
     WHERE tenant_id = $1 AND redemption_id = $2`,
    [r.tenantId, r.redemptionId, reason ? 'failed' : 'issued', reason ?? null, now],
  );
}

interface RedemptionRow {
  tenant_id: string;
  redemption_id: string;
  user_id: string;
  offer_id: string;
  points: number;
  state: Redemption['state'];
  reason: RedemptionFailureReason | null;
  idempotency_key: string;
  request_hash: string;
  asks: number;
  requested_at: Date;
  asked_at: Date;
  resolved_at: Date | null;
}

function redemptionOf(row: RedemptionRow): Redemption {
  return {
    tenantId: row.tenant_id,
    redemptionId: row.redemption_id,
    userId: row.user_id,
    offerId: row.offer_id,
    points: row.points,
    state: row.state,
    ...(row.reason !== null && { reason: row.reason }),
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    asks: row.asks,
    requestedAt: row.requested_at,
    askedAt: row.asked_at,
    ...(row.resolved_at !== null && { resolvedAt: row.resolved_at }),
  };
}
