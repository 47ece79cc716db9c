import { EntityManager } from 'typeorm';

/** A verification token to keep: only its SHA-256 hash is stored. */
export interface NewVerificationToken {
  tokenHash: string;
  tenant: string;
  userId: string;
  expiresAt: Date;
}

/** A stored verification token, whose it is, and whether it still works. */
export interface StoredVerificationToken {
  personId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** Stores the token; the hash is the primary key, so a token is stored once. */
export async function insertVerificationToken(tx: EntityManager, token: NewVerificationToken) {
  await tx.query(
    `INSERT INTO email_verification (token_hash, tenant_id, person_id, expires_at)
     VALUES ($1, $2, $3, $4)`,
    [token.tokenHash, token.tenant, token.userId, token.expiresAt],
  );
}

/** The token with this hash, locked until `tx` ends; none when unknown or its person erased. */
export async function lockVerificationToken(
  tx: EntityManager,
  tenant: string,
  tokenHash: string,
): Promise<StoredVerificationToken | undefined> {
  const [token] = await tx.query(
    `SELECT v.person_id AS "personId", v.expires_at AS "expiresAt", v.used_at AS "usedAt"
     FROM email_verification v JOIN person p ON p.tenant_id = v.tenant_id AND p.id = v.person_id
     WHERE v.token_hash = $1 AND v.tenant_id = $2 AND p.erased_at IS NULL
     FOR UPDATE OF v`,
    [tokenHash, tenant],
  );
  return token;
}

/** Marks every token of the person used and their address verified, now. */
export async function markVerified(tx: EntityManager, tenant: string, personId: string) {
  await tx.query(
    `UPDATE email_verification SET used_at = now()
     WHERE tenant_id = $1 AND person_id = $2 AND used_at IS NULL`,
    [tenant, personId],
  );
  await tx.query(
    `UPDATE person SET email_verified_at = coalesce(email_verified_at, now())
     WHERE tenant_id = $1 AND id = $2`,
    [tenant, personId],
  );
}

/** The person's address, whether it is verified, and how many tokens they got in the last hour. */
export async function lockMailee(
  tx: EntityManager,
  tenant: string,
  userId: string,
): Promise<{ email: string; verified: boolean; lastHour: number } | undefined> {
  const [person] = await tx.query(
    `SELECT p.email, p.email_verified_at IS NOT NULL AS verified,
            (SELECT count(*)::int FROM email_verification v
             WHERE v.tenant_id = p.tenant_id AND v.person_id = p.id
               AND v.created_at > now() - interval '1 hour') AS "lastHour"
     FROM person p WHERE p.tenant_id = $1 AND p.id = $2 AND p.erased_at IS NULL
     FOR UPDATE OF p`,
    [tenant, userId],
  );
  return person;
}
