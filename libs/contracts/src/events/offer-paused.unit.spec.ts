import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { OfferPaused } from './offer-paused';

describeEventSchema({
  type: OfferPaused,
  topic: Topics.rewards,
  valid: () => ({ offerId: randomUUID(), partnerId: randomUUID() }),
  accepts: [],
  refuses: [
    [{ offerId: 'bus-ticket' }, 'data.offerId: offerId must be a UUID'],
    [{ partnerId: 'carris' }, 'data.partnerId: partnerId must be a UUID'],
    [{ pricePoints: 5 }, 'data.pricePoints: property pricePoints should not exist'],
  ],
});
