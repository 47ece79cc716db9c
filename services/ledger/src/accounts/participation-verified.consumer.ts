import {
  causedBy,
  CloudEvent,
  createEvent,
  ParticipationVerified,
  ParticipationVerifiedV1,
  PointsEarned,
  Topics,
} from '@citypoints/contracts';
import { appendToOutbox, Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Ledger } from './ledger';
import { POINTS_ISSUED } from './movement';

/** Earn: a verified participation credits its points once, keyed on the participation id. */
@Injectable()
export class ParticipationVerifiedConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly ledger: Ledger,
  ) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger',
      topics: [Topics.verification],
      handlers: { [ParticipationVerified]: (event, tx) => this.earn(event, tx) },
    });
  }

  private async earn(cause: CloudEvent, tx: EntityManager): Promise<void> {
    const participation = cause.data as ParticipationVerifiedV1;
    const balance = await this.ledger.record(
      {
        id: `earn:${participation.participationId}`,
        tenantId: cause.tenantid,
        kind: 'earn',
        from: POINTS_ISSUED,
        to: participation.userId,
        amount: participation.points,
        reason: `participation ${participation.participationId} in activity ${participation.activityId}`,
        correlationId: cause.correlationid,
        causationId: cause.id,
      },
      tx,
    );
    if (balance === undefined) return;
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
      { topic: Topics.ledger, key: `${cause.tenantid}:${participation.userId}`, event },
    ]);
  }
}
