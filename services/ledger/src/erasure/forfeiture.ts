import { causedBy, CloudEvent, PointsForfeited, PointsForfeitedV1 } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountProjections } from '../core/account-projections.store';
import { Ledger } from '../core/ledger';
import { POINTS_FORFEITED } from '../core/movement';
import { LEDGER_SOURCE, publishLedgerEvent } from '../core/publish-ledger-event';
import { forfeitChunks } from './forfeit-chunks';

/**
 * Takes an erased person's points out of circulation: the whole balance moves to the tenant's
 * POINTS_FORFEITED account (issue 9, item 10), so totals show it apart.
 */
@Injectable()
export class Forfeiture {
  constructor(
    private readonly ledger: Ledger,
    private readonly projections: AccountProjections,
  ) {}

  /** Forfeits the account's balance inside `tx`, publishing PointsForfeited per movement. */
  async forfeit(tx: EntityManager, erased: CloudEvent, accountId: string): Promise<void> {
    const tenantId = erased.tenantid;
    // Locked, so the balance cannot change between reading it and moving it.
    const account = await this.projections.lockOne(tx, tenantId, accountId);
    if (!account) return;
    for (const [index, points] of forfeitChunks(account.balance).entries()) {
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
