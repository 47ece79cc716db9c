import { DynamicModule, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { httpAdapter } from './fastify-adapter';
import { measureRequests } from './http-metrics';
import { JsonBodyShapePipe } from './json-body-shape';
import { fieldErrors, invalidFields } from './problems/field-errors';
import { ProblemDetailsFilter } from './problems/problem-details.filter';
import { logRequests } from './request-logging';

/**
 * A service's Nest application on Fastify (httpAdapter), configured the same way in
 * production and in tests. Bodies other than JSON are refused with 415, larger than
 * SERVICE_BODY_LIMIT_BYTES with 413; bodies too deep or too large to walk are refused with 400 before validation (JsonBodyShapePipe);
 * every refusal and failure is answered as problem+json (ProblemDetailsFilter). Its
 * internal HTTP API is described at /openapi.json (and browsable at /docs) for the gateway.
 * Every answer is counted and timed at /metrics (measureRequests).
 */
export async function createServiceApp(
  serviceName: string,
  module: DynamicModule,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(module, httpAdapter(), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  logRequests(app);
  measureRequests(app);
  app.useGlobalPipes(
    new JsonBodyShapePipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => invalidFields(fieldErrors(errors)),
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter(serviceName));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(`City Points ${serviceName} (internal)`).build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });
  return app;
}
