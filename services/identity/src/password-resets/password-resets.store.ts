import { EntityManager } from 'typeorm';
import { ResetTokenState } from './reset-verdict';

/** A reset token to keep: only its SHA-256 hash is stored. */
export interface NewResetToken {
  tokenHash: string;
  tenant: string;
  userId: string;
  expiresAt: Date;
}

/** A message to a person, kept in mail_outbox until a mail sender exists. */
export interface OutgoingMail {
  recipient: string;
  subject: string;
  body: string;
}

/** A stored reset token and whose it is. */
export interface StoredResetToken extends ResetTokenState {
  personId: string;
}

/** A stored reset token with the e-mail and name of its person. */
export interface ResetTokenHolder extends ResetTokenState {
  email: string;
  displayName: string;
}

/** Stores the token; the hash is the primary key, so a token is stored once. */
export async function insertResetToken(tx: EntityManager, token: NewResetToken) {
  await tx.query(
    `INSERT INTO password_reset (token_hash, tenant_id, person_id, expires_at)
     VALUES ($1, $2, $3, $4)`,
    [token.tokenHash, token.tenant, token.userId, token.expiresAt],
  );
}

/** Puts the message in the tenant's mail_outbox. */
export async function queueMail(tx: EntityManager, tenant: string, mail: OutgoingMail) {
  await tx.query(
    `INSERT INTO mail_outbox (tenant_id, recipient, subject, body) VALUES ($1, $2, $3, $4)`,
    [tenant, mail.recipient, mail.subject, mail.body],
  );
}

/** The token with this hash, locked until `tx` ends; none when unknown. */
export async function lockResetToken(
  tx: EntityManager,
  tenant: string,
  tokenHash: string,
): Promise<StoredResetToken | undefined> {
  const [reset] = await tx.query(
    `SELECT person_id AS "personId", expires_at AS "expiresAt", used_at AS "usedAt"
     FROM password_reset WHERE token_hash = $1 AND tenant_id = $2 FOR UPDATE`,
    [tokenHash, tenant],
  );
  return reset;
}

/** Marks every reset token of the person not used yet as used now. */
export async function useAllResetTokens(tx: EntityManager, tenant: string, personId: string) {
  await tx.query(
    `UPDATE password_reset SET used_at = now()
     WHERE tenant_id = $1 AND person_id = $2 AND used_at IS NULL`,
    [tenant, personId],
  );
}

/** Replaces the password hash of the person, unless they are erased. */
export async function setPasswordHash(
  tx: EntityManager,
  tenant: string,
  personId: string,
  passwordHash: string,
) {
  await tx.query(
    `UPDATE person SET password_hash = $3 WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL`,
    [tenant, personId, passwordHash],
  );
}

/** The token with this hash and its person; none when unknown or the person erased. */
export async function findResetTokenHolder(
  db: EntityManager,
  tenant: string,
  tokenHash: string,
): Promise<ResetTokenHolder | undefined> {
  const [reset] = await db.query(
    `SELECT p.email, p.display_name AS "displayName", r.expires_at AS "expiresAt",
            r.used_at AS "usedAt"
     FROM password_reset r JOIN person p ON p.tenant_id = r.tenant_id AND p.id = r.person_id
     WHERE r.token_hash = $1 AND r.tenant_id = $2 AND p.erased_at IS NULL`,
    [tokenHash, tenant],
  );
  return reset;
}
