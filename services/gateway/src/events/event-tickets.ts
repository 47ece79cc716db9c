import { Problem } from '@citypoints/platform';
import Redis from 'ioredis';
import { unauthorized } from '../auth/access-tokens';
import { Caller } from '../auth/caller';
import { requireRedis } from '../redis/require-redis';
import {
  EVENT_TICKET,
  eventTicketKey,
  eventTicketLifetimeMs,
  newEventTicket,
} from './event-ticket';

export interface IssuedEventTicket {
  ticket: string;
  /** Whole seconds until it expires. */
  expiresIn: number;
}

/**
 * Single-use tickets that open a person's event stream, for browsers, whose EventSource cannot
 * send an Authorization header. A ticket is a random id kept in Redis with its caller for at
 * most 30 s and taken out on first use (GETDEL), so it works once, on any replica, for the
 * event stream only; the stream still ends when the original access token expires.
 */
export class EventTickets {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  /** 400 when the caller's token expires within the second: refresh it first. */
  async issue(caller: Caller): Promise<IssuedEventTicket> {
    const lifetimeMs = eventTicketLifetimeMs(caller, Date.now());
    if (lifetimeMs < 1000) {
      throw new Problem(400, 'the access token is about to expire: refresh it, then ask again');
    }
    const ticket = newEventTicket();
    await requireRedis('issuing an event ticket', () =>
      this.redis.set(
        eventTicketKey(this.keyPrefix, ticket),
        JSON.stringify(caller),
        'PX',
        lifetimeMs,
      ),
    );
    return { ticket, expiresIn: Math.floor(lifetimeMs / 1000) };
  }

  /** The caller a ticket was issued to; 401 for a ticket unknown, used or expired. */
  async redeem(ticket: string): Promise<Caller> {
    const stored = EVENT_TICKET.test(ticket)
      ? await requireRedis('redeeming an event ticket', () =>
          this.redis.getdel(eventTicketKey(this.keyPrefix, ticket)),
        )
      : null;
    const caller = stored === null ? undefined : (JSON.parse(stored) as Caller);
    if (!caller || caller.expiresAt <= Date.now()) {
      throw unauthorized(
        'the ticket is not valid: it is unknown, used or expired',
        'invalid_token',
      );
    }
    return caller;
  }
}
