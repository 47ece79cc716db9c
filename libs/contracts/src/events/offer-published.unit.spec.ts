import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { OfferPublished } from './offer-published';

describeEventSchema({
  type: OfferPublished,
  topic: Topics.rewards,
  valid: () => ({
    offerId: randomUUID(),
    partnerId: randomUUID(),
    category: 'transit',
    pricePoints: 300,
    stock: 50,
    perPersonLimit: 2,
    saleStartsAt: '2027-05-01T00:00:00.000Z',
    saleEndsAt: '2027-06-01T00:00:00.000Z',
    version: 3,
  }),
  accepts: [{ stock: null }, { perPersonLimit: null }, { category: 'other' }],
  refuses: [
    [{ offerId: 'bus-ticket' }, 'data.offerId: offerId must be a UUID'],
    [{ partnerId: undefined }, 'data.partnerId: partnerId must be a UUID'],
    [{ category: 'sports' }, 'data.category: category must be one of the following values'],
    [{ pricePoints: 0 }, 'data.pricePoints: pricePoints must be a positive integer'],
    [{ pricePoints: 1_000_001 }, 'data.pricePoints: pricePoints must be at most 1000000'],
    [{ stock: 0 }, 'data.stock: stock must not be less than 1'],
    [{ stock: undefined }, 'data.stock: stock must be an integer number'],
    [{ perPersonLimit: 1.5 }, 'data.perPersonLimit: perPersonLimit must be an integer number'],
    [{ saleStartsAt: 'tomorrow' }, 'data.saleStartsAt: saleStartsAt must be a valid ISO 8601'],
    [{ version: 0 }, 'data.version: version must not be less than 1'],
    [{ title: 'Bus ticket' }, 'data.title: property title should not exist'],
  ],
});
