import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../people/password-hash';
import { People } from '../people/people';
import { Sessions } from '../sessions/sessions';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token';
import { resetTokenExpiry, resetTokenUsable } from './reset-verdict';

export const RESET_REQUESTED =
  'if this email is registered, a message with a reset token is on its way';

@Injectable()
export class PasswordResets {
  constructor(
    private readonly db: DataSource,
    private readonly people: People,
    private readonly sessions: Sessions,
  ) {}

  /**
   * Mails a one-time reset token to the address (in its normalised form). The answer is the
   * same whether or not the email is known, so that it cannot be used to find out who is
   * registered.
   */
  async request(tenant: string, email: string): Promise<{ message: string }> {
    const person = await this.people.findActiveByEmail(tenant, email);
    if (person) {
      const { token, hash } = newSecretToken();
      await this.db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO password_reset (token_hash, tenant_id, person_id, expires_at)
           VALUES ($1, $2, $3, $4)`,
          [hash, tenant, person.id, resetTokenExpiry(new Date())],
        );
        // Stand-in for sending mail: the message waits in mail_outbox, readable through
        // GET /tenants/:tenant/mail-outbox with DEVELOPMENT_ROUTES on. A mail sender replaces
        // this in production.
        await tx.query(
          `INSERT INTO mail_outbox (tenant_id, recipient, subject, body) VALUES ($1, $2, $3, $4)`,
          [
            tenant,
            person.email,
            'Reset your City Points password',
            `Your password reset token, valid for 30 minutes and usable once: ${token}`,
          ],
        );
      });
    }
    return { message: RESET_REQUESTED };
  }

  /**
   * Sets the new password, voids every other reset token the person still holds, and signs
   * them out everywhere (publishing SessionsRevoked). 400 for a token that is unknown, used,
   * voided or expired.
   */
  async confirm(tenant: string, token: string, newPassword: string): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    const done = await this.db.transaction(async (tx) => {
      const [reset] = await tx.query(
        `SELECT person_id AS "personId", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM password_reset WHERE token_hash = $1 AND tenant_id = $2 FOR UPDATE`,
        [hashSecretToken(token), tenant],
      );
      if (!reset || !resetTokenUsable(reset, new Date())) return false;
      // This token and all the others: a reset mail that arrives late must not reset again.
      await tx.query(
        `UPDATE password_reset SET used_at = now()
         WHERE tenant_id = $1 AND person_id = $2 AND used_at IS NULL`,
        [tenant, reset.personId],
      );
      await tx.query(
        `UPDATE person SET password_hash = $3 WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL`,
        [tenant, reset.personId, passwordHash],
      );
      await this.sessions.signOutEverywhere(tenant, reset.personId, tx);
      return true;
    });
    if (!done) throw new BadRequestException(['token is invalid, used or expired']);
  }
}
