import { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { logSerializers } from './log-lines';
import { requestIdOf } from './request-id';

/**
 * JSON request logs (pino), one line per request with its id (requestIdOf): the method, path,
 * status and time, never a secret (log-lines.ts).
 */
export function requestLogging(serviceName: string, logLevel: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      name: serviceName,
      level: logLevel,
      // Fastify's request id (httpAdapter), which it also answers in x-request-id.
      genReqId: (request) => requestIdOf(request),
      serializers: logSerializers,
      customProps: (request) => ({ correlationId: request.headers['x-correlation-id'] }),
      autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
    },
  });
}
