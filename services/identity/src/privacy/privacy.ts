import { DomainError, UserErased } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unknownPerson } from '../people/unknown-person';
import { PersonalCards } from '../personal-cards/personal-cards';
import { Sessions } from '../sessions/sessions';
import { identityEvent } from '../identity-event';
import { ConsentDto } from '@citypoints/http-contracts';
import * as store from './privacy.store';
import { consentViolation } from './public-name';

/** A person's data under the GDPR: consent to be shown, access (export) and erasure. */
@Injectable()
export class Privacy {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: Sessions,
    private readonly personalCards: PersonalCards,
  ) {}

  /**
   * Who others see on leaderboards and member lists, from now on. 400 `nickname-mismatch`
   * (field nickname) against consentViolation; 404 `unknown-person` when unknown or erased.
   */
  async setConsent(tenant: string, userId: string, consent: ConsentDto): Promise<ConsentDto> {
    const violation = consentViolation(consent.visibility, consent.nickname);
    if (violation) throw new DomainError('invalid', 'nickname-mismatch', violation, 'nickname');
    const updated = await store.updateConsent(this.db.manager, tenant, userId, consent);
    if (!updated) throw unknownPerson(tenant, userId);
    return { visibility: consent.visibility, nickname: consent.nickname };
  }

  /**
   * Everything identity holds about the person, as PersonalDataDto (`exportedAt` ISO-8601 in
   * UTC); after erasure, only pseudonymous facts. 404 `unknown-person` for an id the tenant
   * never had.
   */
  async export(tenant: string, userId: string) {
    const person = await store.personRecord(this.db.manager, tenant, userId);
    if (!person) throw unknownPerson(tenant, userId);
    const groups = await store.membershipsOf(this.db.manager, tenant, userId);
    const sessions = await store.sessionsOf(this.db.manager, tenant, userId);
    return { exportedAt: new Date().toISOString(), person, groups, sessions };
  }

  /**
   * Removes the personal data and keeps the pseudonymous id, which the ledger and the
   * leaderboards go on using, ends every session (SessionsRevoked, so the gateway stops taking
   * the person's access tokens at once) and revokes every personal card (PersonalCardRevoked,
   * so a steward's scan of one is refused). `erasedBy` is the tenant admin who erased the
   * person on their request, kept as a pseudonymous id; absent when the person erased
   * themselves. Erasing twice changes nothing more and publishes once. Answers the person's
   * session generation from now on. 404 `unknown-person` for an id the tenant never had.
   */
  async erase(tenant: string, userId: string, erasedBy?: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      const person = await store.lockPerson(tx, tenant, userId);
      if (!person) throw unknownPerson(tenant, userId);
      if (person.erasedAt) return person.generation;
      const generation = await this.sessions.signOutEverywhere(tenant, userId, tx);
      await this.personalCards.revokeAllOf(tx, tenant, userId);
      await store.blankPerson(tx, tenant, userId, erasedBy ?? null);
      await store.deleteTokensOf(tx, tenant, userId);
      await store.deleteMailTo(tx, tenant, person.email);
      await appendToOutbox(tx, [identityEvent(UserErased, { userId }, tenant, userId)]);
      return generation ?? person.generation;
    });
  }
}
