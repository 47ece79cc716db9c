import { Role } from '@citypoints/contracts';
import { EntityManager } from 'typeorm';
import { RefreshTokenState } from './refresh-verdict';

/** A stored refresh token with what a new access token needs about its person. */
export interface StoredRefreshToken extends RefreshTokenState {
  familyId: string;
  userId: string;
  role: Role;
  partnerId: string | null;
  generation: number;
  /** Its person is suspended: no new tokens until a tenant admin reinstates them. */
  suspended: boolean;
}

/** The token with this hash, locked until `tx` ends; none when unknown or its person erased. */
export async function lockRefreshToken(
  tx: EntityManager,
  tenant: string,
  tokenHash: string,
): Promise<StoredRefreshToken | undefined> {
  const [token] = await tx.query(
    `SELECT t.family_id AS "familyId", t.expires_at AS "expiresAt", t.rotated_at AS "rotatedAt",
            t.revoked_at AS "revokedAt", p.id AS "userId", p.role, p.partner_id AS "partnerId",
            p.session_generation AS "generation", p.suspended_at IS NOT NULL AS suspended
     FROM refresh_token t JOIN person p ON p.tenant_id = t.tenant_id AND p.id = t.person_id
     WHERE t.token_hash = $1 AND t.tenant_id = $2 AND p.erased_at IS NULL
     FOR UPDATE OF t`,
    [tokenHash, tenant],
  );
  return token;
}

/** Whether the token with this hash is stored and not revoked. */
export async function isLiveRefreshToken(tx: EntityManager, tokenHash: string): Promise<boolean> {
  const [token] = await tx.query(
    `SELECT 1 FROM refresh_token WHERE token_hash = $1 AND revoked_at IS NULL`,
    [tokenHash],
  );
  return Boolean(token);
}

/** A refresh token to keep: only its SHA-256 hash is stored. */
export interface NewRefreshToken {
  tokenHash: string;
  familyId: string;
  tenant: string;
  userId: string;
  expiresAt: Date;
}

/** Stores a new token of the family; the hash is the primary key, so a token is stored once. */
export async function insertRefreshToken(tx: EntityManager, token: NewRefreshToken) {
  await tx.query(
    `INSERT INTO refresh_token (token_hash, family_id, tenant_id, person_id, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [token.tokenHash, token.familyId, token.tenant, token.userId, token.expiresAt],
  );
}

/** Records when the token was exchanged for its successor, which starts its grace window. */
export async function markRotated(tx: EntityManager, tokenHash: string, at: Date) {
  await tx.query(`UPDATE refresh_token SET rotated_at = $2 WHERE token_hash = $1`, [tokenHash, at]);
}

/** Revokes every token of the family that is not revoked yet: the whole session ends. */
export async function revokeFamily(tx: EntityManager, familyId: string) {
  await tx.query(
    `UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
    [familyId],
  );
}

/** Revokes the family of the token with this hash, if it is `userId`'s; else nothing. */
export async function revokeOwnFamily(
  tx: EntityManager,
  tenant: string,
  userId: string,
  tokenHash: string,
) {
  await tx.query(
    `UPDATE refresh_token SET revoked_at = now()
     WHERE revoked_at IS NULL AND family_id = (
       SELECT family_id FROM refresh_token
       WHERE token_hash = $1 AND tenant_id = $2 AND person_id = $3)`,
    [tokenHash, tenant, userId],
  );
}

/**
 * Raises the person's session generation and revokes all their refresh tokens: the new
 * generation, or undefined when the person is unknown or erased.
 */
export async function endAllSessions(
  tx: EntityManager,
  tenant: string,
  userId: string,
): Promise<number | undefined> {
  const [[person]] = await tx.query(
    `UPDATE person SET session_generation = session_generation + 1
     WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL
     RETURNING session_generation AS generation`,
    [tenant, userId],
  );
  if (!person) return undefined;
  await tx.query(
    `UPDATE refresh_token SET revoked_at = now()
     WHERE tenant_id = $1 AND person_id = $2 AND revoked_at IS NULL`,
    [tenant, userId],
  );
  return person.generation;
}
