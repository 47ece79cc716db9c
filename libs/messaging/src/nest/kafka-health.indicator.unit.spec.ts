import { HealthIndicatorService } from '@nestjs/terminus';
import { TransientFailure } from '../consumer/idempotent-consumer';
import { KafkaHealthIndicator } from './kafka-health.indicator';
import { Messaging } from './messaging';

/** A Messaging whose cluster has one broker and whose groups retry `retrying`. */
function messagingWith(retrying: TransientFailure[]): Messaging {
  const admin = {
    connect: async () => undefined,
    describeCluster: async () => ({ brokers: [{ nodeId: 1 }] }),
    disconnect: async () => undefined,
  };
  return {
    kafka: { admin: () => admin },
    handlers: { transientFailures: () => retrying },
  } as unknown as Messaging;
}

describe('KafkaHealthIndicator', () => {
  it('is ready when the cluster answers and no group is retrying', async () => {
    const indicator = new KafkaHealthIndicator(messagingWith([]), new HealthIndicatorService());
    expect(await indicator.isHealthy()).toEqual({ kafka: { status: 'up', brokers: 1 } });
  });

  it('is not ready while a group retries a transient failure, naming it and the error', async () => {
    const retrying = [{ group: 'ledger-earnings', message: 'connect ECONNREFUSED 127.0.0.1:5432' }];
    const indicator = new KafkaHealthIndicator(
      messagingWith(retrying),
      new HealthIndicatorService(),
    );
    expect(await indicator.isHealthy()).toEqual({ kafka: { status: 'down', retrying } });
  });
});
