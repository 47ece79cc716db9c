import { ParticipationVerified, Topics } from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Earnings } from './earnings';

/**
 * Kafka edge of earning: each ParticipationVerified on verification's topic, once (the
 * consumer is idempotent); a refused one is dead-lettered with the reason.
 */
@Injectable()
export class ParticipationVerifiedConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly earnings: Earnings,
  ) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger',
      topics: [Topics.verification],
      handlers: { [ParticipationVerified]: (event, tx) => this.earnings.earn(tx, event) },
    });
  }
}
