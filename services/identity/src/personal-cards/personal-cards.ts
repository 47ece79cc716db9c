import { DomainError, PersonalCardRevoked } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Actor } from '@citypoints/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { identityEvent } from '../identity-event';
import { People } from '../people/people';
import { TokenIssuer } from '../tokens/token-issuer';
import { cardHolderRefusal } from './card-holder-rule';
import { PersonalCard } from './personal-cards.store';
import * as store from './personal-cards.store';

/** A newly issued card: its id, the code to print (a signed JWT) and when it was issued. */
export interface IssuedCard {
  cardId: string;
  code: string;
  issuedAt: Date;
}

/**
 * Printed personal cards for people without a smartphone (issue 12): a long-lived code that a
 * steward scans like the personal QR token, until the card is revoked. Each call is checked
 * against cardHolderRefusal (403 `may-not-act-on-cards`); the person must be active (404
 * `unknown-person`).
 */
@Injectable()
export class PersonalCards {
  constructor(
    private readonly db: DataSource,
    private readonly people: People,
    private readonly issuer: TokenIssuer,
  ) {}

  /** A new card for `person`; its code is shown this once and never stored. */
  async issue(actor: Actor | undefined, tenant: string, person: string): Promise<IssuedCard> {
    mayActOnCards(actor, tenant, person);
    // Whole seconds, as the code's `iat` states it.
    const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const cardId = uuidv7();
    const code = await this.issuer.signPersonalCard({ userId: person, tenant, cardId, issuedAt });
    await this.db.transaction(async (tx) => {
      // Locked, so that an erasure committing meanwhile cannot miss the new card.
      await this.people.requireActive(tenant, person, tx);
      await store.insertCard(tx, tenant, person, { cardId, issuedAt });
    });
    return { cardId, code, issuedAt };
  }

  /** The person's cards, oldest first, without their codes. */
  async list(actor: Actor | undefined, tenant: string, person: string): Promise<PersonalCard[]> {
    mayActOnCards(actor, tenant, person);
    await this.people.requireActive(tenant, person);
    return store.cardsOf(this.db.manager, tenant, person);
  }

  /**
   * Revokes the card and publishes PersonalCardRevoked in the same transaction; revoking it
   * again answers the same card and publishes nothing. 404 `unknown-personal-card` when the
   * person holds no such card.
   */
  async revoke(
    actor: Actor | undefined,
    tenant: string,
    person: string,
    cardId: string,
  ): Promise<PersonalCard> {
    mayActOnCards(actor, tenant, person);
    return this.db.transaction(async (tx) => {
      await this.people.requireActive(tenant, person, tx);
      const card = await store.lockCard(tx, tenant, person, cardId);
      if (!card) throw unknownCard(cardId);
      if (card.revokedAt) return card;
      const [revoked] = await this.revokeCards(tx, tenant, person, [cardId]);
      return revoked;
    });
  }

  /** For erasure, in its transaction: revokes every card of the person still valid. */
  async revokeAllOf(tx: EntityManager, tenant: string, person: string): Promise<void> {
    await this.revokeCards(tx, tenant, person);
  }

  // Revokes and publishes one PersonalCardRevoked per card, keyed by the person like UserErased.
  private async revokeCards(
    tx: EntityManager,
    tenant: string,
    person: string,
    cardIds?: readonly string[],
  ): Promise<PersonalCard[]> {
    const revoked = await store.revokeCards(tx, tenant, person, cardIds);
    await appendToOutbox(
      tx,
      revoked.map(({ cardId }) =>
        identityEvent(PersonalCardRevoked, { userId: person, cardId }, tenant, person),
      ),
    );
    return revoked;
  }
}

function mayActOnCards(actor: Actor | undefined, tenant: string, person: string): void {
  const refusal = cardHolderRefusal(actor, tenant, person);
  if (refusal) throw new DomainError('forbidden', 'may-not-act-on-cards', refusal);
}

function unknownCard(cardId: string): DomainError {
  return new DomainError(
    'not-found',
    'unknown-personal-card',
    `personal card ${cardId} does not exist`,
  );
}
