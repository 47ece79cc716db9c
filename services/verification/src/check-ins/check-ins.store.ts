import { CheckInTime, TimedPosition } from '@citypoints/activity-rules';
import { ParticipationDto } from '@citypoints/http-contracts';
import { EntityManager } from 'typeorm';
import { CatalogueReader } from '../activity-catalogue/activity-catalogue.store';
import { Participation } from './participation';

/**
 * Serialises the claims of one person until the transaction ends, so that counting their
 * previous check-ins for the limits and storing the new one cannot interleave with another
 * claim of theirs (two phones, a retry racing its original).
 */
export async function lockPerson(tx: EntityManager, tenantId: string, userId: string) {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `verification:${tenantId}:${userId}`,
  ]);
}

/** Stores a judged participation. The id is the primary key and an external id is unique. */
export async function insertParticipation(tx: EntityManager, p: Participation): Promise<void> {
  const { verdict, position } = p;
  await tx.query(
    `INSERT INTO participation (id, tenant_id, user_id, activity_id, activity_titles, category,
       points, method, state, reason, retry_at, flags, scanned_at, judged_at, occurrence,
       latitude, longitude, accuracy, distance, verified_by, external_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
       $19, $20, $21)`,
    [
      p.id,
      p.tenantId,
      p.userId,
      p.activity.activityId,
      JSON.stringify(p.activity.titles),
      p.activity.category,
      p.activity.points,
      p.method,
      verdict.state,
      verdict.reason ?? null,
      verdict.retryAt ?? null,
      verdict.flags,
      p.scannedAt,
      p.judgedAt,
      verdict.occurrence ?? null,
      position?.latitude ?? null,
      position?.longitude ?? null,
      position?.accuracy ?? null,
      verdict.distance ?? null,
      p.verifiedBy ?? null,
      p.externalId ?? null,
    ],
  );
}

/** The person's verified and pending participations in the activity, for its limits. */
export async function previousCheckIns(
  tx: EntityManager,
  tenantId: string,
  userId: string,
  activityId: string,
): Promise<CheckInTime[]> {
  const rows: { scanned_at: Date; occurrence: string | null }[] = await tx.query(
    `SELECT scanned_at, occurrence FROM participation
     WHERE tenant_id = $1 AND user_id = $2 AND activity_id = $3
       AND state IN ('verified', 'pending-review')
     ORDER BY scanned_at DESC LIMIT 1000`,
    [tenantId, userId, activityId],
  );
  return rows.map((row) => ({
    at: row.scanned_at,
    ...(row.occurrence && { occurrence: row.occurrence }),
  }));
}

/**
 * The person's verified and pending check-ins with a position just before and just after
 * `at`, in any activity: the impossible-travel rule compares the new one with them.
 */
export async function neighbouringCheckIns(
  tx: EntityManager,
  tenantId: string,
  userId: string,
  at: Date,
): Promise<TimedPosition[]> {
  const rows: PositionRow[] = await tx.query(
    `(SELECT scanned_at, latitude, longitude, accuracy FROM participation
      WHERE tenant_id = $1 AND user_id = $2 AND latitude IS NOT NULL
        AND state IN ('verified', 'pending-review') AND scanned_at <= $3
      ORDER BY scanned_at DESC LIMIT 1)
     UNION ALL
     (SELECT scanned_at, latitude, longitude, accuracy FROM participation
      WHERE tenant_id = $1 AND user_id = $2 AND latitude IS NOT NULL
        AND state IN ('verified', 'pending-review') AND scanned_at > $3
      ORDER BY scanned_at ASC LIMIT 1)`,
    [tenantId, userId, at],
  );
  return rows.map((row) => ({
    at: row.scanned_at,
    position: { latitude: row.latitude, longitude: row.longitude, accuracy: row.accuracy },
  }));
}

interface PositionRow {
  scanned_at: Date;
  latitude: number;
  longitude: number;
  accuracy: number;
}

/** Whether the tenant already has the participation a system reported as `externalId`. */
export async function hasExternalId(tx: EntityManager, tenantId: string, externalId: string) {
  const rows = await tx.query(
    `SELECT 1 FROM participation WHERE tenant_id = $1 AND external_id = $2`,
    [tenantId, externalId],
  );
  return rows.length > 0;
}

/** A stored participation as its answer shows it, with what the review queue needs. */
export interface ParticipationRow {
  id: string;
  user_id: string;
  activity_id: string;
  activity_titles: ParticipationDto['activityTitles'];
  category: ParticipationDto['category'];
  points: number;
  method: ParticipationDto['method'];
  state: ParticipationDto['state'];
  reason: ParticipationDto['reason'] | null;
  retry_at: Date | null;
  flags: string[];
  scanned_at: Date;
  judged_at: Date;
  accuracy: number | null;
  distance: number | null;
}

const COLUMNS = `id, user_id, activity_id, activity_titles, category, points, method, state,
  reason, retry_at, flags, scanned_at, judged_at, accuracy, distance`;

/** The person's participations, latest scan first, at most `limit`. */
export async function participationsOf(
  db: CatalogueReader,
  tenantId: string,
  userId: string,
  limit: number,
): Promise<ParticipationRow[]> {
  return db.query(
    `SELECT ${COLUMNS} FROM participation WHERE tenant_id = $1 AND user_id = $2
     ORDER BY scanned_at DESC, id DESC LIMIT $3`,
    [tenantId, userId, limit],
  );
}

/** The tenant's participations waiting for review, oldest first, at most `limit`. */
export async function reviewQueue(
  db: CatalogueReader,
  tenantId: string,
  limit: number,
): Promise<ParticipationRow[]> {
  return db.query(
    `SELECT ${COLUMNS} FROM participation WHERE tenant_id = $1 AND state = 'pending-review'
     ORDER BY judged_at, id LIMIT $2`,
    [tenantId, limit],
  );
}

/** The tenant's participation, locked until the transaction ends; undefined if unknown. */
export async function lockedParticipation(
  tx: EntityManager,
  tenantId: string,
  id: string,
): Promise<
  | (ParticipationRow & {
      latitude: number | null;
      longitude: number | null;
      verified_by: string | null;
      external_id: string | null;
      activity_id: string;
    })
  | undefined
> {
  const [row] = await tx.query(
    `SELECT ${COLUMNS}, latitude, longitude, verified_by, external_id FROM participation
     WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
    [tenantId, id],
  );
  return row;
}

/** Records an admin's decision on a participation that waited for review. */
export async function decideReview(
  tx: EntityManager,
  id: string,
  decision: { state: 'verified' | 'rejected'; reviewer: string; note: string; at: Date },
): Promise<void> {
  await tx.query(
    `UPDATE participation SET state = $2, reason = $3, verified_by = $4, review_note = $5,
       judged_at = $6
     WHERE id = $1 AND state = 'pending-review'`,
    [
      id,
      decision.state,
      decision.state === 'rejected' ? 'review-rejected' : null,
      decision.reviewer,
      decision.note,
      decision.at,
    ],
  );
}
