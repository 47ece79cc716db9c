import { startKafkaHandlers } from '@citypoints/messaging';
import {
  httpAdapter,
  logRequests,
  measureRequests,
  ProblemDetailsFilter,
} from '@citypoints/platform';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { GatewayConfig } from './gateway-config';
import { GatewayModule } from './gateway.module';
import { managementPathsApart } from './management/management-server';
import { openApiDocument } from './openapi/openapi-document';
import { gatewayRouteOf } from './api/request-metrics';
import { AddressRateLimit } from './rate-limit/address-rate-limit';
import { ROUTES } from './routes/route-table';
import { serveWebApp } from './web-app/serve-web-app';

/**
 * The gateway's application on Fastify, the same in production and in tests. Bodies are read
 * by the API controller itself, with the size limit and content type the route table asks for:
 * Fastify hands it the body unread, whatever its type.
 *
 * Fastify's onRequest hooks run in the order they are added, all before Nest's middleware (the
 * request log) and routes: the request id first (httpAdapter), then CORS headers, so that a
 * browser can read a 429 and its Retry-After; then the count per client address, so that every
 * request of the public port counts, preflights included; then what answers without Nest:
 * preflights, the management paths (404 here), the OpenAPI document and its docs, and the web
 * app's pages when WEB_APP_DIR is set. It comes initialised and ready for requests, its Kafka
 * handlers started.
 */
export async function createGatewayApp(config: GatewayConfig): Promise<NestFastifyApplication> {
  const adapter = httpAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxyHops: config.TRUST_PROXY_HOPS,
  });
  const fastify = adapter.getInstance();
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', (_request, _body, done) => done(null, undefined));
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.forRoot(config),
    adapter,
    { bodyParser: false, bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  logRequests(app);
  // By the route table's names: one Fastify route serves the whole API (see request-metrics.ts).
  measureRequests(app, { routeOf: gatewayRouteOf });
  app.enableCors({
    origin: config.CORS_ORIGINS.includes('*') ? true : config.CORS_ORIGINS,
    exposedHeaders: ['x-request-id', 'retry-after', 'ratelimit-remaining'],
    maxAge: 600,
    preflightContinue: true,
  });
  const addressLimit = app.get(AddressRateLimit);
  fastify.addHook('onRequest', (request, reply) => addressLimit.onRequest(request, reply));
  fastify.addHook('onRequest', answerPreflight);
  fastify.addHook('onRequest', managementPathsApart);
  app.useGlobalFilters(new ProblemDetailsFilter('gateway'));
  SwaggerModule.setup('api/docs', app, openApiDocument(ROUTES) as unknown as OpenAPIObject, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });
  if (config.WEB_APP_DIR) {
    await serveWebApp(fastify, config.WEB_APP_DIR, { mapTileUrl: config.WEB_MAP_TILE_URL });
  }
  await app.init();
  await fastify.ready();
  await startKafkaHandlers(app);
  return app;
}

// What CORS would answer had it not let preflights on to be counted: 204, its headers set.
async function answerPreflight(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | void> {
  if (request.method !== 'OPTIONS') return;
  void reply.status(204).header('Content-Length', '0').send();
  return reply;
}
