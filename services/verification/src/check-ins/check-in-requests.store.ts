import { EntityManager } from 'typeorm';
import { CheckInAnswer } from './rejection-problem';

/** The answer kept for a person's Idempotency-Key, and the hash of the request it answered. */
export interface KeptAnswer {
  requestHash: string;
  answer: CheckInAnswer;
}

/** The answer kept for the person's `key`, if any; call it holding the person's lock. */
export async function keptAnswer(
  tx: EntityManager,
  tenantId: string,
  userId: string,
  key: string,
): Promise<KeptAnswer | undefined> {
  const [row] = await tx.query(
    `SELECT request_hash, status, answer FROM check_in_request
     WHERE tenant_id = $1 AND user_id = $2 AND idempotency_key = $3`,
    [tenantId, userId, key],
  );
  return row && { requestHash: row.request_hash, answer: { status: row.status, ...row.answer } };
}

/** Keeps the answer to the person's `key`, in the transaction that made it. */
export async function keepAnswer(
  tx: EntityManager,
  tenantId: string,
  userId: string,
  key: string,
  { requestHash, answer }: KeptAnswer,
): Promise<void> {
  await tx.query(
    `INSERT INTO check_in_request (tenant_id, user_id, idempotency_key, request_hash, status, answer)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      tenantId,
      userId,
      key,
      requestHash,
      answer.status,
      JSON.stringify({ contentType: answer.contentType, body: answer.body }),
    ],
  );
}
