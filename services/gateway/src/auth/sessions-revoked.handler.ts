import { CloudEvent, SessionsRevoked, SessionsRevokedV1 } from '@citypoints/contracts';
import { ConsumerGroup } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { SESSION_REVOCATIONS } from './session-revocation-feed';
import { SessionGenerations } from './session-generations';

/**
 * identity's SessionsRevoked events, written to SessionGenerations in Redis: not
 * transactional, since raising a generation only upward makes a redelivered event change
 * nothing. A Redis failure throws, and Kafka retries the event until Redis is back: a lost
 * revocation would leave an ended session usable.
 */
@Controller()
@ConsumerGroup(SESSION_REVOCATIONS, { transactional: false })
export class SessionsRevokedHandler {
  constructor(private readonly generations: SessionGenerations) {}

  @EventPattern(SessionsRevoked)
  async revoke(@Payload() event: CloudEvent<SessionsRevokedV1>): Promise<void> {
    const { userId, generation } = event.data;
    await this.generations.raise(event.tenantid, userId, generation);
  }
}
