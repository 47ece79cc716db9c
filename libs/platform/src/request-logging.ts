import { DynamicModule, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LoggerModule } from 'nestjs-pino';
import pino, { Logger } from 'pino';
import { activeCorrelationId } from '@citypoints/messaging';
import { activeTraceIds } from './active-trace-ids';
import { logSerializers } from './log-lines';

/** The service's pino logger: Nest's log lines and the request lines go to it. */
export const REQUEST_LOG = Symbol('REQUEST_LOG');

@Module({})
class RequestLoggingModule {}

/**
 * JSON logs (pino) for a service: Nest's own lines through nestjs-pino, and one line per
 * request, written by logRequests. Every line written within a traced operation carries its
 * `trace_id` and `span_id`, and within an event's handling its `correlation_id` (logContext). nestjs-pino's per-request middleware (pino-http, a child
 * logger and an AsyncLocalStorage scope for every request) is left out: it cost the gateway
 * about a fifth of its CPU per request, even with request lines below LOG_LEVEL.
 */
export function requestLogging(serviceName: string, logLevel: string): DynamicModule {
  const logger = pino({
    name: serviceName,
    level: logLevel,
    serializers: logSerializers,
    mixin: logContext,
  });
  return {
    module: RequestLoggingModule,
    global: true,
    imports: [LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] })],
    providers: [{ provide: REQUEST_LOG, useValue: logger }],
    exports: [LoggerModule, REQUEST_LOG],
  };
}

/**
 * What a log line says of the operation it is written in: the active span's trace and span ids,
 * and the correlation id of the event being handled; nothing outside one.
 */
export function logContext(): Record<string, string> {
  const correlationId = activeCorrelationId();
  return { ...activeTraceIds(), ...(correlationId && { correlation_id: correlationId }) };
}

/**
 * One compact line per answered request, at info level: its id (requestIdOf), method, path
 * without the query string, route, status and time in ms. Never a header, query string or
 * body: those hold tokens, tickets, passwords and e-mails (log-lines.ts). Health probes are
 * not logged. Call before app.init(), so that the hook covers every route.
 */
export function logRequests(app: NestFastifyApplication): void {
  const logger = app.get<Logger>(REQUEST_LOG);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      if (!request.url.startsWith('/health') && logger.isLevelEnabled('info')) {
        logger.info(
          {
            // The serializer (log-lines.ts) keeps the path of the URL, not its query string.
            req: {
              id: request.id,
              method: request.method,
              url: request.url,
              route: request.routeOptions.url,
            },
            res: { statusCode: reply.statusCode },
            responseTime: Math.round(reply.elapsedTime),
          },
          'request completed',
        );
      }
      done();
    });
}
