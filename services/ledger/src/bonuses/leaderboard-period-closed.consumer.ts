import { LeaderboardPeriodClosed, Topics } from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Bonuses } from './bonuses';

/** Kafka edge of bonuses: each LeaderboardPeriodClosed on rankings' topic, once. */
@Injectable()
export class LeaderboardPeriodClosedConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly bonuses: Bonuses,
  ) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger-bonuses',
      topics: [Topics.rankings],
      handlers: { [LeaderboardPeriodClosed]: (event, tx) => this.bonuses.award(tx, event) },
    });
  }
}
