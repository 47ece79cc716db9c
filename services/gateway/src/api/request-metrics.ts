import { FastifyRequest } from 'fastify';
import { Counter } from 'prom-client';
import { GatewayRequest } from './gateway-request';

/**
 * The route label of the gateway's request metrics (http_request_duration_seconds and
 * http_requests_total, see measureRequests): the name of the route of the table it matched,
 * so that dashboards show which part of the API is slow or failing; requests refused before
 * matching (429, 404) fall back to Fastify's route.
 */
export function gatewayRouteOf(request: FastifyRequest): string | undefined {
  return (request as Partial<GatewayRequest>).matched?.route.name;
}

/** Requests refused by the per-address limit, which runs before the request log sees them. */
export const addressLimitRefusals = new Counter({
  name: 'gateway_address_limit_refusals_total',
  help: 'Requests of the public port refused with 429 by the per-client-address limit',
});
