import { OfferEnded, OfferPaused, OfferPublished } from '@citypoints/contracts';
import { OfferState } from '@citypoints/http-contracts';
import { randomUUID } from 'node:crypto';
import { Caller } from '../partners/caller';
import { offerOf } from '../testing/offer-of';
import { decideOfferChange, OfferChange } from './decide-offer-change';

describe('decideOfferChange', () => {
  const now = new Date('2027-04-02T10:00:00Z');
  const partnerId = randomUUID();
  const admin: Caller = { kind: 'admin' };
  const staff: Caller = { kind: 'staff', userId: randomUUID(), partnerId };
  const otherStaff: Caller = { kind: 'staff', userId: randomUUID(), partnerId: randomUUID() };
  const offer = (state: OfferState, version = 1) => offerOf({ partnerId, state, version });
  const { texts, category, stock, perPersonLimit, saleStartsAt, saleEndsAt, terms } = offerOf();
  const fields = { texts, category, pricePoints: 450, stock, perPersonLimit, saleStartsAt };
  const replace: OfferChange = {
    kind: 'replace',
    fields: { ...fields, saleEndsAt, validUntil: '2027-12-31T00:00:00.000Z', terms },
  };
  const decide = (state: OfferState, change: OfferChange, caller: Caller = admin) =>
    decideOfferChange(offer(state), change, caller, now);

  it.each<[OfferState, OfferChange, Caller, OfferState, string | undefined]>([
    ['draft', { kind: 'submit' }, staff, 'submitted', undefined],
    ['submitted', { kind: 'withdraw' }, staff, 'draft', undefined],
    ['submitted', { kind: 'reject', reason: 'No price' }, admin, 'draft', undefined],
    ['submitted', { kind: 'publish' }, admin, 'published', OfferPublished],
    ['published', { kind: 'pause' }, staff, 'paused', OfferPaused],
    ['paused', { kind: 'publish' }, admin, 'published', OfferPublished],
    ['published', { kind: 'end' }, staff, 'ended', OfferEnded],
    ['paused', { kind: 'end' }, admin, 'ended', OfferEnded],
  ])(
    'takes a %s offer by %p to %s by %p, raising the version',
    (from, change, caller, to, event) => {
      const decision = decide(from, change, caller);
      expect(decision.offer).toMatchObject({ state: to, version: 2, updatedAt: now });
      expect(decision.event).toBe(event);
    },
  );

  it('keeps a rejection reason on the draft until it is submitted again', () => {
    const rejected = decide('submitted', { kind: 'reject', reason: 'Say which lines' });
    expect(rejected.offer.rejectionReason).toBe('Say which lines');
    const edited = decideOfferChange(rejected.offer, replace, staff, now).offer;
    expect(edited.rejectionReason).toBe('Say which lines');
    const submitted = decideOfferChange(edited, { kind: 'submit' }, staff, now).offer;
    expect(submitted.rejectionReason).toBeUndefined();
  });

  it.each<[OfferState, OfferChange]>([
    ['draft', { kind: 'publish' }],
    ['draft', { kind: 'pause' }],
    ['draft', { kind: 'end' }],
    ['submitted', { kind: 'submit' }],
    ['published', { kind: 'publish' }],
    ['published', { kind: 'withdraw' }],
    ['paused', { kind: 'pause' }],
    ['ended', { kind: 'publish' }],
    ['ended', { kind: 'end' }],
  ])('refuses to move a %s offer by %p with 409 invalid-transition', (state, change) => {
    expect(() => decide(state, change)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'invalid-transition' }),
    );
  });

  it('replaces a draft by its staff, and by an admin also a submitted or paused offer', () => {
    for (const [state, caller] of [
      ['draft', staff],
      ['submitted', admin],
      ['paused', admin],
    ] as const) {
      const { offer: replaced, event } = decide(state, replace, caller);
      expect(replaced).toMatchObject({ state, pricePoints: 450, version: 2 });
      expect(replaced.validDays).toBeUndefined();
      expect(event).toBeUndefined();
    }
  });

  it.each<[OfferState, Caller]>([
    ['submitted', staff],
    ['published', staff],
    ['published', admin],
    ['ended', admin],
  ])('refuses to replace a %s offer by %p with 409 offer-not-editable', (state, caller) => {
    expect(() => decide(state, replace, caller)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'offer-not-editable' }),
    );
  });

  it('refuses a replacement of another version than the current one, naming version', () => {
    const stale = { ...replace, expectedVersion: 1 };
    expect(decideOfferChange(offer('draft', 1), stale, staff, now).offer.version).toBe(2);
    expect(() => decideOfferChange(offer('draft', 2), stale, staff, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'stale-version', field: 'version' }),
    );
  });

  it.each<OfferChange>([{ kind: 'publish' }, { kind: 'reject', reason: 'No' }])(
    "refuses the partner's own staff %p with 403 tenant-admins-only",
    (change) => {
      expect(() => decide('submitted', change, staff)).toThrow(
        expect.objectContaining({ kind: 'forbidden', code: 'tenant-admins-only' }),
      );
    },
  );

  it.each<[string, Caller]>([
    ["another partner's staff", otherStaff],
    ['unbound staff', { kind: 'staff', userId: randomUUID() }],
    ['a reader', { kind: 'reader' }],
  ])('refuses %s every change with 403 partners-own-offers-only', (_case, caller) => {
    for (const change of [replace, { kind: 'submit' } as const, { kind: 'end' } as const]) {
      expect(() => decide('draft', change, caller)).toThrow(
        expect.objectContaining({ kind: 'forbidden', code: 'partners-own-offers-only' }),
      );
    }
  });

  it('refuses to publish an offer whose sale has ended', () => {
    const over = offerOf({ partnerId, state: 'paused', saleEndsAt: '2027-04-02T10:00:00.000Z' });
    expect(() => decideOfferChange(over, { kind: 'publish' }, admin, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'sale-ended' }),
    );
  });
});
