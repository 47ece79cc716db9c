import { startKafkaHandlers } from '@citypoints/messaging';
import { ProblemDetailsFilter } from '@citypoints/platform';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { GatewayConfig } from './gateway-config';
import { GatewayModule } from './gateway.module';
import { managementPathsApart } from './management/management-server';
import { openApiDocument } from './openapi/openapi-document';
import { AddressRateLimit } from './rate-limit/address-rate-limit';
import { ROUTES } from './routes/route-table';

/**
 * The gateway's application, the same in production and in tests. Bodies are read by the API
 * controller itself, with the size limit and content type the route table asks for.
 *
 * Express middleware runs in the order it is added here, all of it before Nest's (the request
 * log, then the routes): CORS headers first, so that a browser can read a 429 and its
 * Retry-After; then the count per client address, so that every request of the public port
 * counts, preflights included; then what answers without Nest: preflights, the management
 * paths (404 here), the OpenAPI document and its docs. It comes initialised, its Kafka handlers
 * started.
 */
export async function createGatewayApp(config: GatewayConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.enableCors({
    origin: config.CORS_ORIGINS.includes('*') ? true : config.CORS_ORIGINS,
    exposedHeaders: ['x-request-id', 'retry-after', 'ratelimit-remaining'],
    maxAge: 600,
    preflightContinue: true,
  });
  const addressLimit = app.get(AddressRateLimit);
  app.use((request: Request, response: Response, next: NextFunction) =>
    addressLimit.use(request, response, next),
  );
  app.use(answerPreflight);
  app.use(managementPathsApart);
  app.useGlobalFilters(new ProblemDetailsFilter('gateway'));
  SwaggerModule.setup('api/docs', app, openApiDocument(ROUTES) as unknown as OpenAPIObject, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });
  await app.init();
  await startKafkaHandlers(app);
  return app;
}

// What CORS would answer had it not let preflights on to be counted: 204, its headers set.
function answerPreflight(request: Request, response: Response, next: NextFunction): void {
  if (request.method !== 'OPTIONS') return next();
  response.status(204).setHeader('Content-Length', '0');
  response.end();
}
