import { FastifyAdapter } from '@nestjs/platform-fastify';
import { requestIdOf } from './request-id';

/** The largest JSON body a service takes, in bytes: what Express's body parser allowed. */
export const SERVICE_BODY_LIMIT_BYTES = 100 * 1024;

export interface HttpAdapterOptions {
  /** Bytes; a larger body is refused with 413 before it is read on. */
  bodyLimit?: number;
  /** Proxies in front whose X-Forwarded-For is believed (the gateway's TRUST_PROXY_HOPS). */
  trustProxyHops?: number;
}

/**
 * The Fastify adapter every City Points service runs on: request ids from requestIdOf (the
 * caller's x-request-id, or a new one), answered in x-request-id and shared with the request
 * log; JSON bodies only (415 for another type); path parameters up to
 * 500 characters (Fastify's default of 100 would answer a long id with 404 instead of the
 * 400 its validation gives), and Fastify's own logger off: logRequests writes the request lines.
 */
export function httpAdapter(options: HttpAdapterOptions = {}): FastifyAdapter {
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimit ?? SERVICE_BODY_LIMIT_BYTES,
    trustProxy: options.trustProxyHops ?? false,
    genReqId: requestIdOf,
    routerOptions: { maxParamLength: 500 },
    logger: false,
  });
  const fastify = adapter.getInstance();
  // Bodies are JSON: plain text would reach validation as a string and get a vaguer 400.
  fastify.removeContentTypeParser('text/plain');
  // First of all hooks, so that every answer carries it, refusals before routing included.
  // INSTANCE_ID, set by whoever started the process (startServiceProcess), tells it apart from
  // another process that holds the port it was given.
  const instance = process.env.INSTANCE_ID;
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    if (instance) void reply.header('x-instance-id', instance);
    done();
  });
  return adapter;
}
