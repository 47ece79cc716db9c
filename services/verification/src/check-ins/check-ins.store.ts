import { EntityManager } from 'typeorm';
import { Participation } from './verify-check-in';

/** Stores a verified participation; its id is the primary key, so it is stored once. */
export async function insertParticipation(tx: EntityManager, participation: Participation) {
  const { id, tenantId, userId, activityId, points, method, verifiedAt } = participation;
  await tx.query(
    `INSERT INTO participation (id, tenant_id, user_id, activity_id, points, method, verified_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, tenantId, userId, activityId, points, method, verifiedAt],
  );
}
