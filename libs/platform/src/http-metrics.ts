import { trace } from '@opentelemetry/api';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyRequest } from 'fastify';
import { Counter, Histogram } from 'prom-client';

const LABELS = ['method', 'route', 'status'] as const;

/** Requests answered, by method, route template and status; on the default registry. */
export const httpRequests = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by method, route template and status',
  labelNames: LABELS,
});

/** Time to answer a request, by method, route template and status; on the default registry. */
export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method, route template and status',
  labelNames: LABELS,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
});

export interface RequestMetricsOptions {
  /**
   * The route label of a request, when the application knows better than Fastify (the
   * gateway's route names: one Fastify route serves its whole API).
   */
  routeOf?: (request: FastifyRequest) => string | undefined;
}

// A request no route took (404, or refused before routing): one label value for them all.
const NO_ROUTE = 'unmatched';

/**
 * Counts and times every answered request by method, route template (never the path itself:
 * ids would make a series each) and status, and names the request's server span after its
 * route (`GET /participations/:id`, attribute http.route). Call before app.init().
 */
export function measureRequests(
  app: NestFastifyApplication,
  options: RequestMetricsOptions = {},
): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      const route = options.routeOf?.(request) ?? request.routeOptions.url ?? NO_ROUTE;
      const labels = { method: request.method, route, status: reply.statusCode };
      httpRequests.inc(labels);
      httpRequestDuration.observe(labels, reply.elapsedTime / 1000);
      const span = trace.getActiveSpan();
      if (span?.isRecording() && route !== NO_ROUTE) {
        span.setAttribute('http.route', route);
        span.updateName(`${request.method} ${route}`);
      }
      done();
    });
}
