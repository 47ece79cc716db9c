import { IncomingHttpHeaders } from 'node:http';
import { GatewayRoute } from '../routes/gateway-route';

/**
 * The headers of a client's request that `route` passes on to its upstream (its
 * `forwardHeaders`), as sent (Node joins a repeated one with commas, which the service then
 * refuses as malformed); none for any other route, so that no client header reaches a service
 * unless a route asks for it.
 */
export function forwardedHeaders(
  route: Pick<GatewayRoute, 'forwardHeaders'>,
  headers: IncomingHttpHeaders,
): Record<string, string> {
  const forwarded: Record<string, string> = {};
  for (const name of route.forwardHeaders ?? []) {
    const value = headers[name];
    if (typeof value === 'string') forwarded[name] = value;
  }
  return forwarded;
}
