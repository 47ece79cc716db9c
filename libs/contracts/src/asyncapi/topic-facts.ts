import {
  CauseArchived,
  CausePublished,
  OfferEnded,
  OfferPaused,
  OfferPublished,
  PointsAdjusted,
  PointsTransferred,
} from '../index';
import { Topic, Topics } from '../topics';

/** How a topic's messages are keyed, and so what stays in order (one key, one partition). */
export interface MessageKey {
  /** e.g. `<tenant>:<accountId>`, tenant being the `ce_tenantid` slug. */
  key: string;
  ordering: string;
}

/** What the document says of one topic: who writes it, what it carries, how it is keyed. */
export interface TopicFacts {
  producer: string;
  description: string;
  key: MessageKey;
  /** Event types keyed otherwise than `key`. */
  keys?: Record<string, MessageKey>;
  /** Event types still registered, for the records on the topic, that nothing publishes now. */
  retired?: string[];
}

const offerKey: MessageKey = {
  key: '<tenant>:<offerId>',
  ordering: "One offer's events are in order.",
};
const causeKey: MessageKey = {
  key: '<tenant>:<causeId>',
  ordering: "One cause's events are in order.",
};

/** Per topic, what its code does not say in types: producers, keys, ordering (see services). */
export const TOPIC_FACTS: Record<Topic, TopicFacts> = {
  [Topics.participationReported]: {
    producer: 'municipality systems',
    description:
      'Inbound: participation that a municipality system (a fault-report system, a library) ' +
      'reports. Verification judges each report by the activity rules as any check-in and ' +
      'credits one `externalId` of a tenant once; what cannot be judged goes to the ' +
      'dead-letter topic with the reason. The tenant is `ce_tenantid`, the system `ce_source`.',
    key: {
      key: '<tenant>:<userId>',
      ordering:
        "Recommended, so that one person's reports are judged in the order sent; the key is " +
        'not checked, and reports under other keys carry no order between them.',
    },
  },
  [Topics.verification]: {
    producer: 'verification',
    description: 'Judged participations: verified (the ledger credits them) or rejected.',
    key: {
      key: '<tenant>:<userId>',
      ordering: "One person's participations reach the ledger in order.",
    },
  },
  [Topics.ledger]: {
    producer: 'ledger',
    description:
      'Movements of points accounts, each with the balance after it. A transfer is published ' +
      'once per affected account.',
    key: {
      key: '<tenant>:<accountId>',
      ordering:
        "One account's movements are in order; a person's account id is their userId, a " +
        "cause's is `cause:<causeId>`.",
    },
    retired: [PointsTransferred, PointsAdjusted],
  },
  [Topics.identity]: {
    producer: 'identity',
    description: 'People, groups, sessions, personal cards and tenant settings; no personal data.',
    key: {
      key: '<tenant>:<aggregateId>',
      ordering:
        "One person's (userId), one group's (groupId) or the tenant's own (`<tenant>:<tenant>`, " +
        'TenantSettingsChanged) events are in order.',
    },
  },
  [Topics.activities]: {
    producer: 'activities',
    description: 'Activities as verification needs them to judge check-ins, whole.',
    key: { key: '<tenant>:<activityId>', ordering: "One activity's events are in order." },
  },
  [Topics.rankings]: {
    producer: 'rankings',
    description: 'Closed leaderboard periods and their awards, which the ledger pays once.',
    key: {
      key: '<tenant>:<scope>:<period>',
      ordering: "One period's events (an award list split over several) are in order.",
    },
  },
  [Topics.rewards]: {
    producer: 'rewards',
    description: 'Offers, causes, and the redemption saga with its vouchers.',
    key: {
      key: '<tenant>:<userId>',
      ordering:
        "One person's redemptions and vouchers are in order, as the ledger keys their " +
        "account's events.",
    },
    keys: {
      [OfferPublished]: offerKey,
      [OfferPaused]: offerKey,
      [OfferEnded]: offerKey,
      [CausePublished]: causeKey,
      [CauseArchived]: causeKey,
    },
  },
};
