import { DomainError } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { passwordGuessProblem } from '../people/password-guess-rule';
import { hashPassword } from '../people/password-hash';
import { People } from '../people/people';
import { Sessions } from '../sessions/sessions';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token';
import * as store from './password-resets.store';
import { resetTokenExpiry, resetTokenUsable } from './reset-verdict';

const INVALID_TOKEN = 'token is invalid, used or expired';

function invalidToken(): DomainError {
  return new DomainError('invalid', 'invalid-reset-token', INVALID_TOKEN, 'token');
}

/** The person whose sessions a reset ended, and their session generation from then on. */
export interface SessionsEnded {
  userId: string;
  generation: number;
}

interface PasswordHolder {
  email: string;
  displayName: string;
}

export const RESET_REQUESTED =
  'if this email is registered, a message with a reset token is on its way';

/**
 * Resetting a forgotten password with a one-time token mailed to the person, which also ends
 * every session they have.
 */
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
        await store.insertResetToken(tx, {
          tokenHash: hash,
          tenant,
          userId: person.id,
          expiresAt: resetTokenExpiry(new Date()),
        });
        // Stand-in for sending mail: the message waits in mail_outbox, readable through
        // GET /tenants/:tenant/mail-outbox with DEVELOPMENT_ROUTES on. A mail sender replaces
        // this in production.
        await store.queueMail(tx, tenant, {
          recipient: person.email,
          subject: 'Reset your City Points password',
          body: `Your password reset token, valid for 30 minutes and usable once: ${token}`,
        });
      });
    }
    return { message: RESET_REQUESTED };
  }

  /**
   * Sets the new password, voids every other reset token the person still holds, and signs
   * them out everywhere (publishing SessionsRevoked). Answers the person and their new session
   * generation, so that the gateway refuses older access tokens at once rather than when
   * SessionsRevoked reaches it. 400 `invalid-reset-token` (field token) for a token that is
   * unknown, used, voided or expired; 400 `guessable-password` (field newPassword) for a
   * password easy to guess from the person's details and the tenant.
   */
  async confirm(tenant: string, token: string, newPassword: string): Promise<SessionsEnded> {
    const holder = await this.holderOf(tenant, token);
    if (!holder) throw invalidToken();
    const guessable = passwordGuessProblem(newPassword, 'newPassword', { ...holder, tenant });
    if (guessable) {
      throw new DomainError('invalid', 'guessable-password', guessable, 'newPassword');
    }
    const passwordHash = await hashPassword(newPassword);
    const ended = await this.db.transaction(async (tx) => {
      const reset = await store.lockResetToken(tx, tenant, hashSecretToken(token));
      // Checked again under the lock: the same token may have been used meanwhile.
      if (!reset || !resetTokenUsable(reset, new Date())) return undefined;
      // This token and all the others: a reset mail that arrives late must not reset again.
      await store.useAllResetTokens(tx, tenant, reset.personId);
      await store.setPasswordHash(tx, tenant, reset.personId, passwordHash);
      const generation = await this.sessions.signOutEverywhere(tenant, reset.personId, tx);
      return generation === undefined ? undefined : { userId: reset.personId, generation };
    });
    if (!ended) throw invalidToken();
    return ended;
  }

  /** The e-mail and name of the person a usable token belongs to, for judging the password. */
  private async holderOf(tenant: string, token: string): Promise<PasswordHolder | undefined> {
    const hash = hashSecretToken(token);
    const reset = await store.findResetTokenHolder(this.db.manager, tenant, hash);
    if (!reset || !resetTokenUsable(reset, new Date())) return undefined;
    return { email: reset.email, displayName: reset.displayName };
  }
}
