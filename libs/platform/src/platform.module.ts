import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { ReadinessChecks } from './readiness-checks';
import { requestLogging } from './request-logging';
import { ServiceTokenGuard } from './service-auth/service-token.guard';
import { ServiceTokenVerifier } from './service-auth/service-token-verifier';

export interface PlatformOptions {
  serviceName: string;
  logLevel: string;
  /** The gateway's public key, which checks every internal call (SERVICE_TOKEN_PUBLIC_KEY). */
  serviceTokenPublicKey: string;
}

/**
 * JSON logs with request ids, /health and /metrics, and the service-token
 * check on every internal route: the same in every service.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [TerminusModule, requestLogging(options.serviceName, options.logLevel)],
      controllers: [HealthController, MetricsController],
      providers: [
        {
          provide: ServiceTokenVerifier,
          useFactory: () =>
            new ServiceTokenVerifier(options.serviceTokenPublicKey, options.serviceName),
        },
        { provide: APP_GUARD, useClass: ServiceTokenGuard },
        ReadinessChecks,
      ],
      exports: [ReadinessChecks],
    };
  }
}
