import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';

export interface PlatformOptions {
  serviceName: string;
  logLevel: string;
}

/** JSON logs with request and correlation ids, /health and /metrics: the same in every service. */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        TerminusModule,
        LoggerModule.forRoot({
          pinoHttp: {
            name: options.serviceName,
            level: options.logLevel,
            genReqId: (request, response) => {
              const id = request.headers['x-request-id'] ?? randomUUID();
              response.setHeader('x-request-id', id);
              return id;
            },
            customProps: (request) => ({ correlationId: request.headers['x-correlation-id'] }),
            autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
          },
        }),
      ],
      controllers: [HealthController, MetricsController],
    };
  }
}
