import { OfferState } from '@citypoints/http-contracts';
import { randomUUID } from 'node:crypto';
import { offerOf } from '../testing/offer-of';
import { isInScope, offerScopeOf } from './offer-scope';

describe('offerScopeOf and isInScope', () => {
  const partnerId = randomUUID();
  const inSale = new Date('2027-05-10T00:00:00Z');
  const offer = (state: OfferState) => offerOf({ partnerId, state });
  const STATES: OfferState[] = ['draft', 'submitted', 'published', 'paused', 'ended'];

  it('shows admins every offer', () => {
    const scope = offerScopeOf({ kind: 'admin' });
    for (const state of STATES) expect(isInScope(scope, offer(state), inSale)).toBe(true);
  });

  it("shows staff their own partner's offers in every state, none of another's", () => {
    const own = offerScopeOf({ kind: 'staff', userId: randomUUID(), partnerId });
    for (const state of STATES) expect(isInScope(own, offer(state), inSale)).toBe(true);
    const unbound = offerScopeOf({ kind: 'staff', userId: randomUUID() });
    expect(isInScope(unbound, offer('published'), inSale)).toBe(false);
    expect(isInScope(own, offerOf({ state: 'draft' }), inSale)).toBe(false);
  });

  it('shows residents published offers from the start of their sale to before its end', () => {
    const catalogue = offerScopeOf({ kind: 'reader' });
    const at = (instant: string) => isInScope(catalogue, offer('published'), new Date(instant));
    expect(at('2027-04-30T23:59:59.999Z')).toBe(false);
    expect(at('2027-05-01T00:00:00.000Z')).toBe(true);
    expect(at('2027-05-31T23:59:59.999Z')).toBe(true);
    expect(at('2027-06-01T00:00:00.000Z')).toBe(false);
    for (const state of STATES.filter((s) => s !== 'published')) {
      expect(isInScope(catalogue, offer(state), inSale)).toBe(false);
    }
  });
});
