import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { GatewayConfig } from './gateway-config';
import { GatewayModule } from './gateway.module';
import { managementPathsApart } from './management/management-server';
import { openApiDocument } from './openapi/openapi-document';
import { ProblemDetailsFilter } from './problems/problem-details.filter';
import { ROUTES } from './routes/route-table';

/**
 * The gateway's application, the same in production and in tests. Bodies are read by the API
 * controller itself, with the size limit and content type the route table asks for.
 */
export async function createGatewayApp(config: GatewayConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.use(managementPathsApart);
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.enableCors({
    origin: config.CORS_ORIGINS.includes('*') ? true : config.CORS_ORIGINS,
    exposedHeaders: ['x-request-id', 'retry-after', 'ratelimit-remaining'],
    maxAge: 600,
  });
  app.useGlobalFilters(new ProblemDetailsFilter());
  SwaggerModule.setup('api/docs', app, openApiDocument(ROUTES) as unknown as OpenAPIObject, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
  });
  return app;
}
