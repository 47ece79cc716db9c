import { PointsTransferredV2, PointsTransferredV2Type } from '@citypoints/contracts';
import { EntityManager } from 'typeorm';
import { Balances } from './ledger';
import { publishLedgerEvent } from './publish-ledger-event';

/** A transfer or donation as its event tells it. */
export interface Transferred {
  tenantId: string;
  transferId: string;
  kind: PointsTransferredV2['kind'];
  from: string;
  /** The receiver as events name it: a citizen's id, or a cause's id. */
  to: string;
  /** The receiver's ledger account: the citizen's id, or `cause:<id>`. */
  toAccount: string;
  points: number;
  balances: Balances;
}

/**
 * Publishes PointsTransferred.v2 once per account, each copy naming its account, keyed by it
 * (so that every event about an account stays in order with that account's other events) and
 * carrying that account's balance only: the sender never learns the receiver's balance, nor
 * the receiver the sender's.
 */
export async function publishTransferred(tx: EntityManager, transfer: Transferred) {
  const copy = (accountId: string, balance: number): PointsTransferredV2 => ({
    transferId: transfer.transferId,
    kind: transfer.kind,
    fromAccountId: transfer.from,
    toAccountId: transfer.to,
    points: transfer.points,
    accountId,
    balance,
  });
  const { balances } = transfer;
  const attributes = { tenantid: transfer.tenantId };
  const sent = copy(transfer.from, balances.from);
  await publishLedgerEvent(tx, PointsTransferredV2Type, transfer.from, sent, attributes);
  const received = copy(transfer.to, balances.to);
  await publishLedgerEvent(tx, PointsTransferredV2Type, transfer.toAccount, received, attributes);
}
