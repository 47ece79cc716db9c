import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Messaging } from './messaging';

@Injectable()
export class KafkaHealthIndicator {
  constructor(
    private readonly messaging: Messaging,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'kafka') {
    const indicator = this.health.check(key);
    const admin = this.messaging.kafka.admin();
    try {
      await admin.connect();
      const { brokers } = await admin.describeCluster();
      return indicator.up({ brokers: brokers.length });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    } finally {
      await admin.disconnect();
    }
  }
}
