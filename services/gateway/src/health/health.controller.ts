import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { SessionRevocationFeed } from '../auth/session-revocation-feed';
import { LedgerEventFeed } from '../events/ledger-event-feed';
import { GatewayConfig } from '../gateway-config';

export const REDIS = Symbol('REDIS');

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly config: GatewayConfig,
    private readonly feed: LedgerEventFeed,
    private readonly revocations: SessionRevocationFeed,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Liveness: the process answers. Restarting it would not fix a dependency outage. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * Readiness: Redis counts requests, the services answer, the live feed and the feed of ended
   * sessions have joined Kafka.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.check('redis', async () => void (await this.redis.ping())),
      () => this.check('identity', () => this.reach(this.config.IDENTITY_URL)),
      () => this.check('ledger', () => this.reach(this.config.LEDGER_URL)),
      () =>
        this.check('kafka', async () => {
          if (!this.feed.ready) throw new Error('the ledger event feed has not joined its group');
          if (!this.revocations.ready) {
            throw new Error('the session revocation feed has not joined its group');
          }
        }),
    ]);
  }

  private async check(key: string, probe: () => Promise<void>) {
    const indicator = this.indicator.check(key);
    try {
      await probe();
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  private async reach(url: string): Promise<void> {
    const response = await fetch(new URL('/health/live', url), {
      signal: AbortSignal.timeout(2000),
    });
    if (!response.ok) throw new Error(`answered ${response.status}`);
  }
}
