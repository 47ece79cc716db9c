import { MetricsController, requestLogging } from '@citypoints/platform';
import {
  DynamicModule,
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import Redis from 'ioredis';
import { ApiController } from './api/api.controller';
import { SessionRevocationFeed } from './auth/session-revocation-feed';
import { LedgerEventFeed } from './events/ledger-event-feed';
import { gatewayProviders } from './gateway-providers';
import { GatewayConfig } from './gateway-config';
import { HealthController, REDIS } from './health/health.controller';
import { AddressRateLimit } from './rate-limit/address-rate-limit';
import { Upstreams } from './upstream/upstreams';

@Module({})
export class GatewayModule implements NestModule, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly feed: LedgerEventFeed,
    private readonly revocations: SessionRevocationFeed,
    private readonly upstreams: Upstreams,
  ) {}

  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [requestLogging('gateway', config.LOG_LEVEL), TerminusModule],
      controllers: [ApiController, HealthController, MetricsController],
      providers: gatewayProviders(config),
    };
  }

  /**
   * The count per client address runs before routing, for every request, after the request
   * log (an imported module's middleware comes first) and CORS (app.enableCors).
   */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AddressRateLimit).forRoutes('{*path}');
  }

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all([this.feed.start(), this.revocations.start()]);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.feed.stop(), this.revocations.stop()]);
    await this.upstreams.close();
    this.redis.disconnect();
  }
}
