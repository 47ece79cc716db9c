import { WithoutServiceToken } from './service-auth/without-service-token';
import { KafkaHealthIndicator } from '@citypoints/messaging';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

@WithoutServiceToken()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
  ) {}

  /** Liveness: the process answers. Restarting it would not fix a dependency outage. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Readiness: the service can do its work, so it may receive traffic. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.kafka.isHealthy('kafka'),
    ]);
  }
}
