import {
  createEvent,
  RedemptionFailed,
  RedemptionFailedV1,
  RedemptionRequested,
  RedemptionRequestedV1,
  Topics,
  VoucherIssued,
  VoucherIssuedV1,
} from '@citypoints/contracts';
import { OutboxMessage } from '@citypoints/messaging';
import { Voucher } from '../vouchers/voucher';
import { Redemption } from './redemption';

/**
 * The outbox message of a saga event about `redemption`, keyed `<tenant>:<userId>` as the
 * ledger keys its account's events, so that one person's requests reach the ledger, and their
 * outcomes reach readers, in order. Subject: the redemption id.
 */
function sagaMessage<T extends object>(type: string, r: Redemption, data: T): OutboxMessage {
  const event = createEvent(type, data, {
    source: '/citypoints/rewards',
    tenantid: r.tenantId,
    subject: r.redemptionId,
  });
  return { topic: Topics.rewards, key: `${r.tenantId}:${r.userId}`, event };
}

/** RedemptionRequested: the ledger is asked (again) for the redemption's points. */
export function requestedMessage(r: Redemption): OutboxMessage {
  const { redemptionId, userId, offerId, points } = r;
  return sagaMessage<RedemptionRequestedV1>(RedemptionRequested, r, {
    redemptionId,
    userId,
    offerId,
    points,
  });
}

/** VoucherIssued for `voucher` (without its code, a bearer secret). */
export function issuedMessage(r: Redemption, voucher: Voucher): OutboxMessage {
  const { voucherId, offerId, partnerId, userId, expiresAt } = voucher;
  return sagaMessage<VoucherIssuedV1>(VoucherIssued, r, {
    redemptionId: r.redemptionId,
    voucherId,
    offerId,
    partnerId,
    userId,
    expiresAt: expiresAt.toISOString(),
  });
}

/** RedemptionFailed: the redemption ended without a voucher for `reason`. */
export function failedMessage(r: Redemption, reason: RedemptionFailedV1['reason']): OutboxMessage {
  const { redemptionId, offerId, userId } = r;
  return sagaMessage<RedemptionFailedV1>(RedemptionFailed, r, {
    redemptionId,
    offerId,
    userId,
    reason,
  });
}
