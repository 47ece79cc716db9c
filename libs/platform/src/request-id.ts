import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';

// A caller's id is kept only if it cannot smuggle anything into headers or logs.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const ids = new WeakMap<IncomingMessage, string>();

/**
 * The request's id: the caller's `x-request-id` if it is 1–128 letters, digits or `._:-`,
 * else a new UUID. The same for the request's whole life, so that Fastify (request.id, passed on
 * to upstream services) and the request log (pino-http) agree.
 */
export function requestIdOf(request: IncomingMessage): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers['x-request-id'];
    id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}
