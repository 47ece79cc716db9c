import { Counter, Histogram } from 'prom-client';

/** Per route of the table, so that dashboards show which part of the API is slow or failing. */
export const requestDuration = new Histogram({
  name: 'gateway_request_duration_seconds',
  help: 'Time to answer a public API request, by route and status',
  labelNames: ['route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
});

/** Requests refused by the per-address limit, which runs before the request log sees them. */
export const addressLimitRefusals = new Counter({
  name: 'gateway_address_limit_refusals_total',
  help: 'Requests of the public port refused with 429 by the per-client-address limit',
});
