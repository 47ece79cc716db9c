import { randomUUID } from 'node:crypto';
import { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { logSerializers } from './log-lines';

// A caller's id is kept only if it cannot smuggle anything into headers or logs.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * JSON request logs (pino): each request keeps the caller's x-request-id, or gets a new one,
 * and answers it. Lines say the method, path, status and time, never a secret (log-lines.ts).
 */
export function requestLogging(serviceName: string, logLevel: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      name: serviceName,
      level: logLevel,
      genReqId: (request, response) => {
        const given = request.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        response.setHeader('x-request-id', id);
        return id;
      },
      serializers: logSerializers,
      customProps: (request) => ({ correlationId: request.headers['x-correlation-id'] }),
      autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
    },
  });
}
