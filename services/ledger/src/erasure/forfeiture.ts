import { causedBy, CloudEvent, PointsForfeited, PointsForfeitedV1 } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Ledger } from '../accounts/ledger';
import { POINTS_FORFEITED } from '../accounts/movement';
import { LEDGER_SOURCE, publishLedgerEvent } from '../accounts/publish-ledger-event';
import { forfeitChunks } from './forfeit-chunks';

/**
 * Takes an erased person's points out of circulation: the whole balance moves to the tenant's
 * POINTS_FORFEITED account (issue 9, item 10), so totals show it apart.
 */
@Injectable()
export class Forfeiture {
  constructor(private readonly ledger: Ledger) {}

  /** Forfeits the account's balance inside `tx`, publishing PointsForfeited per movement. */
  async forfeit(tx: EntityManager, erased: CloudEvent, accountId: string): Promise<void> {
    const tenantId = erased.tenantid;
    // Locked, so the balance cannot change between reading it and moving it.
    const [account]: { balance: string; version: number }[] = await tx.query(
      `SELECT balance, version FROM account_balance WHERE tenant_id = $1 AND account_id = $2
       FOR UPDATE`,
      [tenantId, accountId],
    );
    if (!account) return;
    for (const [index, points] of forfeitChunks(Number(account.balance)).entries()) {
      // Named by the account's state when it was found, so the same erasure moves it once.
      const id = `forfeit:${accountId}:${account.version}:${index + 1}`;
      const balances = await this.ledger.record(
        {
          id,
          tenantId,
          kind: 'forfeit',
          from: accountId,
          to: POINTS_FORFEITED,
          amount: points,
          reason: 'forfeited: the person was erased',
          correlationId: erased.correlationid,
          causationId: erased.id,
        },
        tx,
      );
      if (!balances) continue;
      await publishLedgerEvent<PointsForfeitedV1>(
        tx,
        PointsForfeited,
        accountId,
        { accountId, points, balance: balances.from },
        causedBy(erased, LEDGER_SOURCE),
      );
    }
  }
}
