import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { requestLogging } from './request-logging';

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
      imports: [TerminusModule, requestLogging(options.serviceName, options.logLevel)],
      controllers: [HealthController, MetricsController],
    };
  }
}
