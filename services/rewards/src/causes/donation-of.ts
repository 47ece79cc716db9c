import {
  CloudEvent,
  PointsTransferred,
  PointsTransferredV1,
  PointsTransferredV2,
  PointsTransferredV2Type,
} from '@citypoints/contracts';

/** The ledger's events that may carry a donation: PointsTransferred v1 and v2. */
export const DONATION_EVENT_TYPES = [PointsTransferred, PointsTransferredV2Type] as const;

/** One of DONATION_EVENT_TYPES as the transport hands it over. */
export type DonationEvent = CloudEvent<PointsTransferredV1 | PointsTransferredV2>;

/** Points given to a cause of a tenant, as the ledger reported them. */
export interface Donation {
  tenantId: string;
  causeId: string;
  points: number;
}

/**
 * The donation that `event` credits to a cause, or undefined when it credits no cause: a
 * transfer between citizens, or the donor's copy of a donation. The ledger publishes one copy
 * per account (`accountId`, v2 and late v1), and only the cause's copy counts, so each donation
 * counts once; an early v1 copy has no `accountId` and is the only one of its donation.
 */
export function donationOf(event: DonationEvent): Donation | undefined {
  const { kind, toAccountId, accountId, points } = event.data;
  if (kind !== 'donate' || (accountId ?? toAccountId) !== toAccountId) return undefined;
  return { tenantId: event.tenantid, causeId: toAccountId, points };
}
