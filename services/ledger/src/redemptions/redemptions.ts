import {
  causedBy,
  CloudEvent,
  DebitRejected,
  DebitRejectedV1,
  PointsSpent,
  PointsSpentV1,
  RedemptionRequestedV1,
} from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Ledger } from '../core/ledger';
import { InsufficientPointsError, POINTS_REDEEMED } from '../core/movement';
import { LEDGER_SOURCE, publishLedgerEvent } from '../core/publish-ledger-event';

/**
 * Spend, the ledger's step of the redemption saga: take the voucher's points and answer
 * PointsSpent, or answer DebitRejected when the balance is too low, so rewards can release the
 * stock. Once per redemption id.
 */
@Injectable()
export class Redemptions {
  constructor(private readonly ledger: Ledger) {}

  async spend(tx: EntityManager, cause: CloudEvent): Promise<void> {
    const { redemptionId, userId, offerId, points } = cause.data as RedemptionRequestedV1;
    const answer = <T extends object>(type: string, data: T) =>
      publishLedgerEvent<T>(tx, type, userId, data, causedBy(cause, LEDGER_SOURCE));
    try {
      const balances = await this.ledger.record(
        {
          id: `spend:${redemptionId}`,
          tenantId: cause.tenantid,
          kind: 'spend',
          from: userId,
          to: POINTS_REDEEMED,
          amount: points,
          reason: `redemption ${redemptionId} of offer ${offerId}`,
          correlationId: cause.correlationid,
          causationId: cause.id,
        },
        tx,
      );
      if (!balances) return;
      await answer<PointsSpentV1>(PointsSpent, {
        accountId: userId,
        redemptionId,
        points,
        balance: balances.from,
      });
    } catch (error) {
      if (!(error instanceof InsufficientPointsError)) throw error;
      await answer<DebitRejectedV1>(DebitRejected, {
        accountId: userId,
        redemptionId,
        points,
        balance: error.balance,
        reason: error.message,
      });
    }
  }
}
