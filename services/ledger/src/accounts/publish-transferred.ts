import { PointsTransferred, PointsTransferredV1 } from '@citypoints/contracts';
import { EntityManager } from 'typeorm';
import { Balances } from './ledger';
import { publishLedgerEvent } from './publish-ledger-event';

/** A transfer or donation as its event tells it. */
export interface Transferred {
  tenantId: string;
  transferId: string;
  kind: PointsTransferredV1['kind'];
  from: string;
  /** The receiver as events name it: a citizen's id, or a cause's id. */
  to: string;
  /** The receiver's ledger account: the citizen's id, or `cause:<id>`. */
  toAccount: string;
  points: number;
  balances: Balances;
}

/**
 * Publishes PointsTransferred once per account, each copy naming its account and keyed by it,
 * so that every event about an account stays in order with that account's other events.
 */
export async function publishTransferred(tx: EntityManager, transfer: Transferred) {
  const copy = (accountId: string): PointsTransferredV1 => ({
    transferId: transfer.transferId,
    kind: transfer.kind,
    fromAccountId: transfer.from,
    toAccountId: transfer.to,
    points: transfer.points,
    fromBalance: transfer.balances.from,
    toBalance: transfer.balances.to,
    accountId,
  });
  const attributes = { tenantid: transfer.tenantId };
  await publishLedgerEvent(tx, PointsTransferred, transfer.from, copy(transfer.from), attributes);
  await publishLedgerEvent(
    tx,
    PointsTransferred,
    transfer.toAccount,
    copy(transfer.to),
    attributes,
  );
}
