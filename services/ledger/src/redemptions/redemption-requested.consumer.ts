import { RedemptionRequested, Topics } from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Redemptions } from './redemptions';

/** Kafka edge of the redemption saga: each RedemptionRequested on rewards' topic, once. */
@Injectable()
export class RedemptionRequestedConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly redemptions: Redemptions,
  ) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger-redemptions',
      topics: [Topics.rewards],
      handlers: { [RedemptionRequested]: (event, tx) => this.redemptions.spend(tx, event) },
    });
  }
}
