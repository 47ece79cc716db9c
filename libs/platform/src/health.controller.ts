import { WithoutServiceToken } from './service-auth/without-service-token';
import { KafkaHealthIndicator } from '@citypoints/messaging';
import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { ReadinessChecks } from './readiness-checks';

@WithoutServiceToken()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly checks: ReadinessChecks,
  ) {}

  /** Liveness: the process answers. Restarting it would not fix a dependency outage. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * Readiness: the service can do its work, so it may receive traffic: its database and Kafka,
   * and what it added to ReadinessChecks (503 naming each one down).
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.kafka.isHealthy('kafka'),
      ...this.checks.all().map(([name, probe]) => async () => {
        const indicator = this.indicator.check(name);
        try {
          await probe();
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      }),
    ]);
  }
}
