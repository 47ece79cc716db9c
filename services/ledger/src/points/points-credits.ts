import {
  causedBy,
  CloudEvent,
  createEvent,
  ParticipationVerifiedV1,
  PointsEarned,
  Topics,
} from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Walking skeleton of the ledger: one credit per verified participation. The ledger issue
 * replaces this with the double-entry event store.
 */
@Injectable()
export class PointsCredits {
  constructor(private readonly db: DataSource) {}

  async earn(cause: CloudEvent, tx: EntityManager): Promise<void> {
    const participation = cause.data as ParticipationVerifiedV1;
    const tenant = cause.tenantid;
    // Keyed on the participation as well as the event id: a participation reported twice under
    // two event ids still earns once.
    const inserted = await tx.query(
      `INSERT INTO points_credit (participation_id, tenant_id, account_id, points)
       VALUES ($1, $2, $3, $4) ON CONFLICT (participation_id) DO NOTHING RETURNING 1`,
      [participation.participationId, tenant, participation.userId, participation.points],
    );
    if (inserted.length === 0) return;
    const balance = await this.balance(tenant, participation.userId, tx);
    const event = createEvent(
      PointsEarned,
      {
        accountId: participation.userId,
        participationId: participation.participationId,
        points: participation.points,
        balance,
      },
      { ...causedBy(cause, '/citypoints/ledger'), subject: participation.userId },
    );
    await appendToOutbox(tx, [
      { topic: Topics.ledger, key: `${tenant}:${participation.userId}`, event },
    ]);
  }

  async balance(tenant: string, accountId: string, tx: EntityManager = this.db.manager) {
    const [{ balance }] = await tx.query(
      `SELECT coalesce(sum(points), 0)::int AS balance FROM points_credit
       WHERE tenant_id = $1 AND account_id = $2`,
      [tenant, accountId],
    );
    return balance as number;
  }
}
