import { CloudEvent } from '@citypoints/contracts';
import { FastifyReply } from 'fastify';
import { Caller } from '../auth/caller';
import { eventName } from './accounts-of';
import { LedgerEventFeed } from './ledger-event-feed';

/** Why the gateway ended a stream: the token expired, the session was ended, or it cannot tell. */
export type StreamEnd = 'expired' | 'revoked' | 'unavailable';

export interface EventStreamOptions {
  heartbeatMs: number;
  /** When the stream ends at the latest, in ms since the Unix epoch: the token's expiry. */
  endsAt: number;
  /** Asked with each heartbeat: why the stream must end now, or undefined to go on. */
  check(): Promise<StreamEnd | undefined>;
  /** Called once when the stream ends, whoever ends it. */
  onEnd(): void;
}

// setTimeout's longest delay; a verified access token expires long before.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Server-sent events for one signed-in person until they disconnect or `options` end it, with
 * a comment every `heartbeatMs` so that proxies keep the connection open. The gateway's own
 * end is announced as a `StreamEnded` event with its reason, so clients know not to retry with
 * the same token or ticket. The stream is written to the raw response, which Fastify leaves
 * alone from here on (hijack), with the headers already set on the reply (request id, CORS).
 */
export function openEventStream(
  feed: LedgerEventFeed,
  caller: Caller,
  reply: FastifyReply,
  options: EventStreamOptions,
): void {
  reply.hijack();
  const response = reply.raw;
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) response.setHeader(name, value);
  }
  response.statusCode = 200;
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache, no-transform');
  response.setHeader('Connection', 'keep-alive');
  response.setHeader('X-Accel-Buffering', 'no');
  response.flushHeaders();
  response.write('retry: 5000\n: connected\n\n');
  const unsubscribe = feed.subscribe(caller.tenant, caller.userId, (event) =>
    response.write(frame(event)),
  );
  let ended = false;
  const end = (reason?: StreamEnd) => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    clearTimeout(expiry);
    unsubscribe();
    options.onEnd();
    if (reason) response.write(endFrame(reason));
    response.end();
  };
  let checking = false;
  const heartbeat = setInterval(() => {
    // A slow check is not asked again before it answers.
    if (checking) return;
    checking = true;
    void options.check().then((reason) => {
      checking = false;
      if (reason) end(reason);
      else if (!ended) response.write(': heartbeat\n\n');
    });
  }, options.heartbeatMs);
  const expiry = setTimeout(
    () => end('expired'),
    Math.min(LONGEST_TIMER_MS, Math.max(0, options.endsAt - Date.now())),
  );
  // The connection closed, by the client or under it.
  response.once('close', () => end());
}

function frame(event: CloudEvent): string {
  const data = { type: eventName(event.type), time: event.time, ...(event.data as object) };
  return `id: ${event.id}\nevent: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

function endFrame(reason: StreamEnd): string {
  return `event: StreamEnded\ndata: ${JSON.stringify({ type: 'StreamEnded', reason })}\n\n`;
}
