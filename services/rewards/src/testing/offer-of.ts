import { randomUUID } from 'node:crypto';
import { Offer } from '../offers/offer';

/** A valid draft offer of Cascais for unit tests, with fresh ids; `change` overrides fields. */
export function offerOf(change: Partial<Offer> = {}): Offer {
  const at = new Date('2027-04-01T08:00:00Z');
  return {
    tenantId: 'cascais',
    offerId: randomUUID(),
    partnerId: randomUUID(),
    state: 'draft',
    texts: { en: { title: 'Bus day pass', description: 'One day on every Carris bus.' } },
    category: 'transit',
    pricePoints: 300,
    stock: 100,
    perPersonLimit: 2,
    saleStartsAt: '2027-05-01T00:00:00.000Z',
    saleEndsAt: '2027-06-01T00:00:00.000Z',
    validDays: 30,
    terms: 'Valid on Carris buses in Cascais.',
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...change,
  };
}
