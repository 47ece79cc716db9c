import { CloudEvent } from '@citypoints/contracts';
import { Request, Response } from 'express';
import { Caller } from '../auth/caller';
import { eventName } from './accounts-of';
import { LedgerEventFeed } from './ledger-event-feed';

/**
 * Server-sent events for one signed-in person until they disconnect, with a comment every
 * `heartbeatMs` so that proxies keep the connection open.
 */
export function openEventStream(
  feed: LedgerEventFeed,
  caller: Caller,
  request: Request,
  response: Response,
  heartbeatMs: number,
): void {
  response.status(200);
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache, no-transform');
  response.setHeader('Connection', 'keep-alive');
  response.setHeader('X-Accel-Buffering', 'no');
  response.flushHeaders();
  response.write('retry: 5000\n: connected\n\n');
  const unsubscribe = feed.subscribe(caller.tenant, caller.userId, (event) =>
    response.write(frame(event)),
  );
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
  request.once('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    response.end();
  });
}

function frame(event: CloudEvent): string {
  const data = { type: eventName(event.type), time: event.time, ...(event.data as object) };
  return `id: ${event.id}\nevent: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
}
