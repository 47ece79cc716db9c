import { MetricsController, requestLogging } from '@citypoints/platform';
import {
  DynamicModule,
  Inject,
  Module,
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
import { Upstreams } from './upstream/upstreams';

@Module({})
export class GatewayModule implements OnApplicationBootstrap, OnApplicationShutdown {
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

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all([this.feed.start(), this.revocations.start()]);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.feed.stop(), this.revocations.stop()]);
    await this.upstreams.close();
    this.redis.disconnect();
  }
}
