import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Messaging } from './messaging';

/**
 * Readiness of the Kafka side: the cluster answers, and no consumer group is holding a
 * partition while it retries a transient failure (then the details name the groups and
 * their errors, e.g. `{ retrying: [{ group, message: 'connect ECONNREFUSED ...' }] }`).
 */
@Injectable()
export class KafkaHealthIndicator {
  constructor(
    private readonly messaging: Messaging,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'kafka') {
    const indicator = this.health.check(key);
    const retrying = this.messaging.handlers.transientFailures();
    if (retrying.length > 0) return indicator.down({ retrying });
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
