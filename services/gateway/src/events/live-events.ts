import { Logger } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Caller } from '../auth/caller';
import { SessionGenerations } from '../auth/session-generations';
import { openEventStream, StreamEnd } from './event-stream';
import { LedgerEventFeed } from './ledger-event-feed';
import { StreamSlots } from './stream-slots';

/**
 * Opens a person's event stream (GET /me/events) within their share of streams, and ends it
 * when the access token expires or the session is ended (checked with each heartbeat).
 */
export class LiveEvents {
  private readonly logger = new Logger('live-events');

  constructor(
    private readonly feed: LedgerEventFeed,
    private readonly slots: StreamSlots,
    private readonly generations: SessionGenerations,
    private readonly heartbeatMs: number,
  ) {}

  /** 429 when the person already holds EVENT_STREAMS_PER_PERSON streams open. */
  async open(caller: Caller, reply: FastifyReply): Promise<void> {
    const streamId = randomUUID();
    await this.slots.claim(caller, streamId);
    openEventStream(this.feed, caller, reply, {
      heartbeatMs: this.heartbeatMs,
      endsAt: caller.expiresAt,
      check: () => this.check(caller, streamId),
      onEnd: () =>
        void this.slots.release(caller, streamId).catch((error: Error) => {
          // The slot goes stale on its own within three heartbeats.
          this.logger.warn(`could not release an event stream's slot: ${error.message}`);
        }),
    });
  }

  private async check(caller: Caller, streamId: string): Promise<StreamEnd | undefined> {
    try {
      const [, ended] = await Promise.all([
        this.slots.renew(caller, streamId),
        this.generations.hasEnded(caller),
      ]);
      return ended ? 'revoked' : undefined;
    } catch (error) {
      // Whether the session still holds cannot be told: end it rather than guess.
      this.logger.error(`event stream check failed: ${(error as Error).message}`);
      return 'unavailable';
    }
  }
}
