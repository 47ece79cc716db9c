import { DomainError, OfferEnded, OfferPaused, OfferPublished } from '@citypoints/contracts';
import { OfferState } from '@citypoints/http-contracts';
import { Caller, isStaffOf } from '../partners/caller';
import { staleVersion } from '../partners/stale-version';
import { Offer, OfferFields } from './offer';
import { partnersOwnOffersOnly } from './partners-own-offers-only';

/**
 * What a partner's staff or a tenant admin asks of an offer: replace its fields (only if it
 * is still at `expectedVersion`, when given), or move it along its life cycle.
 */
export type OfferChange =
  | { kind: 'replace'; fields: OfferFields; expectedVersion?: number }
  | { kind: 'submit' }
  | { kind: 'withdraw' }
  | { kind: 'reject'; reason: string }
  | { kind: 'publish' }
  | { kind: 'pause' }
  | { kind: 'end' };

type OfferEvent = typeof OfferPublished | typeof OfferPaused | typeof OfferEnded;
type Transition = Exclude<OfferChange['kind'], 'replace'>;

/** The offer after a change, and the event to publish about it, if any. */
export interface OfferDecision {
  offer: Offer;
  event?: OfferEvent;
}

// Issue 14's life cycle: draft → submitted → published ⇄ paused → ended; a submitted offer goes
// back to draft when its partner withdraws it or an admin rejects it. Only admins approve.
const TRANSITIONS: Record<Transition, { from: OfferState[]; to: OfferState; event?: OfferEvent }> =
  {
    submit: { from: ['draft'], to: 'submitted' },
    withdraw: { from: ['submitted'], to: 'draft' },
    reject: { from: ['submitted'], to: 'draft' },
    publish: { from: ['submitted', 'paused'], to: 'published', event: OfferPublished },
    pause: { from: ['published'], to: 'paused', event: OfferPaused },
    end: { from: ['published', 'paused'], to: 'ended', event: OfferEnded },
  };
const ADMINS_ONLY: OfferChange['kind'][] = ['reject', 'publish'];
// What is on sale is what was approved: staff edit drafts only; admins also what is not on sale.
const EDITABLE = { admin: ['draft', 'submitted', 'paused'], staff: ['draft'] };

/**
 * Decides `change` of `offer` by `caller` at `now`; every change raises the version. The
 * offer's own partner staff and tenant admins change it; only admins reject and publish
 * (approve, or resume after a pause). Events tell the ledger and the app what is on sale:
 * OfferPublished on each publication (with the fields as they are then), OfferPaused,
 * OfferEnded; drafts are nobody else's business. A rejection keeps its reason on the draft
 * until the next transition. Throws DomainError: forbidden `partners-own-offers-only`,
 * `tenant-admins-only`; conflict `offer-not-editable`, `invalid-transition`, `sale-ended` (a
 * publication after the sale's end), `stale-version` (field version).
 */
export function decideOfferChange(
  offer: Offer,
  change: OfferChange,
  caller: Caller,
  now: Date,
): OfferDecision {
  assertMayChange(offer, change, caller);
  // Last in every spread, so that no field of a replacement can set them.
  const bump = { version: offer.version + 1, updatedAt: now };
  if (change.kind === 'replace') {
    assertEditable(offer, caller, change.expectedVersion);
    // A replacement that leaves out an optional field removes it.
    const cleared = { imageUrl: undefined, validDays: undefined, validUntil: undefined };
    return { offer: { ...offer, ...cleared, ...change.fields, ...bump } };
  }
  const { from, to, event } = TRANSITIONS[change.kind];
  if (!from.includes(offer.state)) {
    const message = `cannot ${change.kind} an offer that is ${offer.state}`;
    throw new DomainError('conflict', 'invalid-transition', message);
  }
  if (change.kind === 'publish' && Date.parse(offer.saleEndsAt) <= now.getTime()) {
    throw new DomainError('conflict', 'sale-ended', 'the sale of this offer has ended');
  }
  const rejectionReason = change.kind === 'reject' ? change.reason : undefined;
  return { offer: { ...offer, state: to, rejectionReason, ...bump }, event };
}

function assertMayChange(offer: Offer, change: OfferChange, caller: Caller): void {
  if (caller.kind === 'admin') return;
  if (!isStaffOf(caller, offer.partnerId)) throw partnersOwnOffersOnly();
  if (ADMINS_ONLY.includes(change.kind)) {
    const message = `only a tenant admin may ${change.kind} an offer`;
    throw new DomainError('forbidden', 'tenant-admins-only', message);
  }
}

function assertEditable(offer: Offer, caller: Caller, expectedVersion?: number): void {
  const editable: string[] = EDITABLE[caller.kind === 'admin' ? 'admin' : 'staff'];
  if (!editable.includes(offer.state)) {
    const message = `an offer that is ${offer.state} cannot be edited by ${caller.kind}`;
    throw new DomainError('conflict', 'offer-not-editable', message);
  }
  if (expectedVersion !== undefined && expectedVersion !== offer.version) {
    throw staleVersion('offer', offer.version, expectedVersion);
  }
}
