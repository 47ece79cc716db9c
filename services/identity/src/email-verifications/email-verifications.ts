import { DomainError } from '@citypoints/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { unknownPerson } from '../people/unknown-person';
import { queueMail } from '../password-resets/password-resets.store';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token';
import * as store from './email-verifications.store';
import { verificationMail, verificationTokenExpiry } from './verification-mail';

/** The web app's address, which verification mails link to (IdentityConfig.WEB_APP_URL). */
export const WEB_APP_URL = Symbol('WEB_APP_URL');

/** The most verification mails one person gets in an hour. */
export const VERIFICATION_MAILS_PER_HOUR = 3;

/** Who a verification mail goes to. */
export interface Mailee {
  userId: string;
  email: string;
}

/**
 * Verifying that a person holds the e-mail address they gave: a one-time token, mailed as a
 * link when they sign up and again when they ask. Nothing waits for it: an unverified person
 * uses the app like everyone else; the tenant's admins see who verified.
 */
@Injectable()
export class EmailVerifications {
  constructor(
    private readonly db: DataSource,
    @Inject(WEB_APP_URL) private readonly webAppUrl: string,
  ) {}

  /**
   * Stores a new token for the person and puts its mail in the outbox, in `tx` (the sign-up's
   * own transaction, so that a person never exists without their mail or the other way).
   * Stand-in for sending mail: mail_outbox, readable with DEVELOPMENT_ROUTES on.
   */
  async send(tx: EntityManager, tenant: string, mailee: Mailee): Promise<void> {
    const { token, hash } = newSecretToken();
    await store.insertVerificationToken(tx, {
      tokenHash: hash,
      tenant,
      userId: mailee.userId,
      expiresAt: verificationTokenExpiry(new Date()),
    });
    await queueMail(tx, tenant, verificationMail(this.webAppUrl, tenant, mailee.email, token));
  }

  /**
   * Mails the person a new link; the earlier ones keep working until used or expired. 409
   * `email-verified-already` once verified; 409 `too-many-verification-mails` past
   * VERIFICATION_MAILS_PER_HOUR in the last hour; 404 `unknown-person`.
   */
  async resend(tenant: string, userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const person = await store.lockMailee(tx, tenant, userId);
      if (!person) throw unknownPerson(tenant, userId);
      if (person.verified) {
        const detail = 'the e-mail address is verified already';
        throw new DomainError('conflict', 'email-verified-already', detail);
      }
      if (person.lastHour >= VERIFICATION_MAILS_PER_HOUR) {
        const detail = `at most ${VERIFICATION_MAILS_PER_HOUR} verification mails an hour; try later`;
        throw new DomainError('conflict', 'too-many-verification-mails', detail);
      }
      await this.send(tx, tenant, { userId, email: person.email });
    });
  }

  /**
   * Marks the token's person's address verified and uses up all their tokens. 400
   * `invalid-verification-token` (field token) for a token that is unknown, another tenant's,
   * used, expired, or whose person was erased.
   */
  async confirm(tenant: string, token: string): Promise<void> {
    const verified = await this.db.transaction(async (tx) => {
      const stored = await store.lockVerificationToken(tx, tenant, hashSecretToken(token));
      const now = Date.now();
      if (!stored || stored.usedAt || stored.expiresAt.getTime() <= now) return false;
      await store.markVerified(tx, tenant, stored.personId);
      return true;
    });
    if (!verified) {
      const detail = 'token is invalid, used or expired';
      throw new DomainError('invalid', 'invalid-verification-token', detail, 'token');
    }
  }
}
