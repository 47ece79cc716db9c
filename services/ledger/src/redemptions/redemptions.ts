import {
  causedBy,
  CloudEvent,
  DebitRejected,
  DebitRejectedV1,
  PointsRefunded,
  PointsRefundedV1,
  PointsSpent,
  PointsSpentV1,
  RedemptionFailedV1,
  RedemptionRequestedV1,
  VoucherCancelled,
  VoucherCancelledV1,
} from '@citypoints/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Ledger } from '../core/ledger';
import { InsufficientPointsError, POINTS_REDEEMED } from '../core/movement';
import { LEDGER_SOURCE, publishLedgerEvent } from '../core/publish-ledger-event';

const spendId = (redemptionId: string) => `spend:${redemptionId}`;

/**
 * The ledger's steps of the redemption saga. Spend: take the voucher's points and answer
 * PointsSpent, or answer DebitRejected when the balance is too low, so rewards can release the
 * stock. Refund: give the points back when the voucher is cancelled or the redemption failed
 * after its debit. Each once per redemption id.
 */
@Injectable()
export class Redemptions {
  private readonly logger = new Logger(Redemptions.name);

  constructor(private readonly ledger: Ledger) {}

  async spend(tx: EntityManager, cause: CloudEvent): Promise<void> {
    const { redemptionId, userId, offerId, points } = cause.data as RedemptionRequestedV1;
    const answer = <T extends object>(type: string, data: T) =>
      publishLedgerEvent<T>(tx, type, userId, data, causedBy(cause, LEDGER_SOURCE));
    try {
      const balances = await this.ledger.record(
        {
          id: spendId(redemptionId),
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

  /**
   * Refund (issue 14): moves what the redemption's debit took back from the tenant's redeemed
   * points to the person, as `refund:<redemptionId>`, and answers PointsRefunded — once, however
   * often `cause` comes. `cause` is VoucherCancelled (a partner cancelled the unused voucher) or
   * RedemptionFailed (rewards gave up on it; if a late debit took the points, they come back).
   * The amount is the debit's as the ledger recorded it, never the event's. With no debit
   * recorded (rejected, or never asked) there is nothing to give back: nothing happens.
   */
  async refund(tx: EntityManager, cause: CloudEvent): Promise<void> {
    const { redemptionId, userId } = cause.data as VoucherCancelledV1 | RedemptionFailedV1;
    const tenantId = cause.tenantid;
    const [debit]: { amount: number }[] = await tx.query(
      `SELECT -amount AS amount FROM account_history
       WHERE tenant_id = $1 AND account_id = $2 AND movement_id = $3`,
      [tenantId, userId, spendId(redemptionId)],
    );
    if (!debit) {
      if (cause.type === VoucherCancelled) {
        this.logger.warn(`voucher of redemption ${redemptionId} cancelled, but no debit to refund`);
      }
      return;
    }
    const balances = await this.ledger.record(
      {
        id: `refund:${redemptionId}`,
        tenantId,
        kind: 'refund',
        from: POINTS_REDEEMED,
        to: userId,
        amount: debit.amount,
        reason: `refund of redemption ${redemptionId}`,
        correlationId: cause.correlationid,
        causationId: cause.id,
      },
      tx,
    );
    if (!balances) return;
    await publishLedgerEvent<PointsRefundedV1>(
      tx,
      PointsRefunded,
      userId,
      { accountId: userId, redemptionId, points: debit.amount, balance: balances.to },
      causedBy(cause, LEDGER_SOURCE),
    );
  }
}
