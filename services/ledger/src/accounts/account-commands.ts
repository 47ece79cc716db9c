import {
  PointsAdjusted,
  PointsAdjustedV1,
  PointsTransferred,
  PointsTransferredV1,
} from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdjustmentDto, DonationDto, TransferDto } from './account-commands.dto';
import { AccountKind, AccountRegistry, causeAccount } from './account-registry';
import { Ledger } from './ledger';
import { POINTS_ISSUED } from './movement';
import { publishLedgerEvent } from './publish-ledger-event';

interface Gift {
  id: string;
  kind: 'transfer' | 'donate';
  /** The receiver as events name it: a citizen's or a cause's id. */
  to: string;
  toAccount: string;
  toKind: AccountKind;
  points: number;
}

/**
 * The commands the gateway sends on a citizen's or a tenant admin's behalf. Each checks the
 * accounts, records the movement and publishes its event in one transaction. A repeated
 * command id moves nothing again and publishes nothing again.
 */
@Injectable()
export class AccountCommands {
  constructor(
    private readonly db: DataSource,
    private readonly ledger: Ledger,
    private readonly registry: AccountRegistry,
  ) {}

  transfer(tenantId: string, account: string, { transferId, to, points }: TransferDto) {
    return this.give(tenantId, account, {
      id: transferId,
      kind: 'transfer',
      to,
      toAccount: to,
      toKind: 'citizen',
      points,
    });
  }

  donate(tenantId: string, account: string, { donationId, causeId, points }: DonationDto) {
    return this.give(tenantId, account, {
      id: donationId,
      kind: 'donate',
      to: causeId,
      toAccount: causeAccount(causeId),
      toKind: 'cause',
      points,
    });
  }

  /** A tenant admin's correction: points issued to the account, or taken back when negative. */
  adjust(tenantId: string, account: string, adjustment: AdjustmentDto) {
    const { adjustmentId, points, reason, adjustedBy } = adjustment;
    const credit = points > 0;
    return this.db.transaction(async (tx) => {
      await this.registry.assertOpen(tx, tenantId, account, 'citizen');
      const id = `adjust:${adjustmentId}`;
      const balances = await this.ledger.record(
        {
          id,
          tenantId,
          kind: 'adjust',
          from: credit ? POINTS_ISSUED : account,
          to: credit ? account : POINTS_ISSUED,
          amount: Math.abs(points),
          reason: `adjusted by ${adjustedBy}: ${reason}`,
          correlationId: id,
        },
        tx,
      );
      if (!balances) return;
      await publishLedgerEvent<PointsAdjustedV1>(
        tx,
        PointsAdjusted,
        account,
        { accountId: account, ...adjustment, balance: credit ? balances.to : balances.from },
        { tenantid: tenantId },
      );
    });
  }

  private give(tenantId: string, from: string, gift: Gift) {
    return this.db.transaction(async (tx) => {
      await this.registry.assertOpen(tx, tenantId, from, 'citizen');
      await this.registry.assertOpen(tx, tenantId, gift.toAccount, gift.toKind);
      const id = `${gift.kind}:${gift.id}`;
      const balances = await this.ledger.record(
        {
          id,
          tenantId,
          kind: gift.kind,
          from,
          to: gift.toAccount,
          amount: gift.points,
          reason: gift.kind === 'transfer' ? 'gift' : 'donation',
          correlationId: id,
        },
        tx,
      );
      if (!balances) return;
      await publishLedgerEvent<PointsTransferredV1>(
        tx,
        PointsTransferred,
        from,
        {
          transferId: gift.id,
          kind: gift.kind,
          fromAccountId: from,
          toAccountId: gift.to,
          points: gift.points,
          fromBalance: balances.from,
          toBalance: balances.to,
        },
        { tenantid: tenantId },
      );
    });
  }
}
