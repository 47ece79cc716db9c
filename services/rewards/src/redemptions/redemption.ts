import { RedemptionFailureReason } from '@citypoints/contracts';
import { RedemptionState } from '@citypoints/http-contracts';

/**
 * One person's purchase of one unit of an offer, a saga: pending (a unit reserved, the ledger
 * asked `asks` times for `points`, last at `askedAt`) → issued or failed (`reason`), resolved
 * at `resolvedAt`. `idempotencyKey` and `requestHash` are the request that made it.
 */
export interface Redemption {
  tenantId: string;
  redemptionId: string;
  userId: string;
  offerId: string;
  points: number;
  state: RedemptionState;
  reason?: RedemptionFailureReason;
  idempotencyKey: string;
  requestHash: string;
  asks: number;
  requestedAt: Date;
  askedAt: Date;
  resolvedAt?: Date;
}
