import { Messaging } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';

/**
 * The consumer group of identity's SessionsRevoked events (SessionsRevokedHandler). All
 * replicas share this ONE group: they share one Redis, so each event needs handling once.
 */
export const SESSION_REVOCATIONS = 'gateway-session-revocations';

/** Whether the gateway follows identity's ended sessions: readiness waits for it. */
@Injectable()
export class SessionRevocationFeed {
  constructor(private readonly messaging: Messaging) {}

  /** True once the handler's consumer has joined its group, false again if it crashes. */
  get ready(): boolean {
    return this.messaging.handlers.joined(SESSION_REVOCATIONS);
  }
}
