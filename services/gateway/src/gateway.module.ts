import { MetricsController, requestLogging, ServiceTokenSigner } from '@citypoints/platform';
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
import { AccessTokens } from './auth/access-tokens';
import { ROUTE_MATCHER, RouteAccessGuard } from './auth/route-access.guard';
import { LedgerEventFeed } from './events/ledger-event-feed';
import { GatewayConfig } from './gateway-config';
import { HealthController, REDIS } from './health/health.controller';
import { ManagementServer } from './management/management-server';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimiter } from './rate-limit/rate-limiter';
import { routeMatcher } from './routes/match-route';
import { ROUTES } from './routes/route-table';
import { Upstreams } from './upstream/upstreams';

@Module({})
export class GatewayModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly feed: LedgerEventFeed,
    private readonly upstreams: Upstreams,
  ) {}

  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [requestLogging('gateway', config.LOG_LEVEL), TerminusModule],
      controllers: [ApiController, HealthController, MetricsController],
      providers: [
        { provide: GatewayConfig, useValue: config },
        { provide: ROUTE_MATCHER, useValue: routeMatcher(ROUTES) },
        {
          provide: REDIS,
          useFactory: () => new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 }),
        },
        { provide: AccessTokens, useFactory: () => new AccessTokens(config.IDENTITY_URL) },
        {
          provide: RateLimiter,
          useFactory: (redis: Redis) =>
            new RateLimiter(redis, config.REDIS_KEY_PREFIX, config.RATE_LIMIT_WINDOW_MS),
          inject: [REDIS],
        },
        {
          provide: Upstreams,
          useFactory: () =>
            new Upstreams(
              { identity: config.IDENTITY_URL, ledger: config.LEDGER_URL },
              config.UPSTREAM_TIMEOUT_MS,
              new ServiceTokenSigner(config.SERVICE_TOKEN_PRIVATE_KEY),
            ),
        },
        {
          provide: LedgerEventFeed,
          useFactory: () => new LedgerEventFeed(config.KAFKA_BROKERS, config.KAFKA_TOPIC_PREFIX),
        },
        RouteAccessGuard,
        RateLimitGuard,
        ManagementServer,
      ],
    };
  }

  onApplicationBootstrap(): Promise<void> {
    return this.feed.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.feed.stop();
    await this.upstreams.close();
    this.redis.disconnect();
  }
}
