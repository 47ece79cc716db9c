import { ParticipationVerified, Topics } from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { PointsCredits } from './points-credits';

@Injectable()
export class ParticipationVerifiedConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly credits: PointsCredits,
  ) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger',
      topics: [Topics.verification],
      handlers: { [ParticipationVerified]: (event, tx) => this.credits.earn(event, tx) },
    });
  }
}
