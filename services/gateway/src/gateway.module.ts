import { MessagingModule } from '@citypoints/messaging';
import { MetricsController, requestLogging } from '@citypoints/platform';
import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import Redis from 'ioredis';
import { ApiController } from './api/api.controller';
import { SessionsRevokedHandler } from './auth/sessions-revoked.handler';
import { LedgerEventsHandler } from './events/ledger-events.handler';
import { gatewayProviders } from './gateway-providers';
import { GatewayConfig } from './gateway-config';
import { HealthController, REDIS } from './health/health.controller';
import { Upstreams } from './upstream/upstreams';

/**
 * The gateway: the public API, its health and metrics, and two Kafka handlers (ended sessions,
 * the live view of the ledger's events). Messaging stops the handlers before Redis closes here.
 */
@Module({})
export class GatewayModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly upstreams: Upstreams,
  ) {}

  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        requestLogging('gateway', config.LOG_LEVEL),
        TerminusModule,
        MessagingModule.forRoot({
          clientId: 'gateway',
          brokers: config.KAFKA_BROKERS,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
      ],
      controllers: [
        ApiController,
        HealthController,
        MetricsController,
        SessionsRevokedHandler,
        LedgerEventsHandler,
      ],
      providers: gatewayProviders(config),
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.upstreams.close();
    this.redis.disconnect();
  }
}
