import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection, findFreePorts, startStack, stopStack } from '@citypoints/local-infra';

export interface TestInfrastructure {
  connection: Connection;
  source: 'environment' | 'testcontainers' | 'native';
  stop(): Promise<void>;
}

/**
 * Real Postgres, Redis and Kafka for one test run: the servers named by the environment when
 * all three are set, else containers when a Docker engine is reachable, else native processes
 * on free ports in a temporary folder that is removed afterwards.
 */
export async function provideTestInfrastructure(): Promise<TestInfrastructure> {
  const fromEnvironment = connectionFromEnvironment();
  if (fromEnvironment) {
    return { connection: fromEnvironment, source: 'environment', stop: async () => undefined };
  }
  if (dockerEngineConfigured()) return startContainers();
  return startNativeServers();
}

export function connectionFromEnvironment(): Connection | undefined {
  const { DATABASE_URL, REDIS_URL, KAFKA_BROKERS } = process.env;
  if (!DATABASE_URL || !REDIS_URL || !KAFKA_BROKERS) return undefined;
  return { DATABASE_URL, REDIS_URL, KAFKA_BROKERS };
}

function dockerEngineConfigured(): boolean {
  return Boolean(process.env.DOCKER_HOST) || existsSync('/var/run/docker.sock');
}

async function startNativeServers(): Promise<TestInfrastructure> {
  const dir = mkdtempSync(join(tmpdir(), 'citypoints-test-'));
  const [postgres, redis, kafka, kafkaController] = await findFreePorts(4);
  const stack = await startStack({
    dir,
    ports: { postgres, redis, kafka, kafkaController },
    durable: false,
  });
  return {
    connection: stack.connection,
    source: 'native',
    stop: async () => {
      await stopStack(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startContainers(): Promise<TestInfrastructure> {
  // Loaded lazily: machines without Docker never need these modules.
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { RedisContainer } = await import('@testcontainers/redis');
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const [postgres, redis, kafka] = await Promise.all([
    new PostgreSqlContainer('postgres:15').withUsername('postgres').start(),
    new RedisContainer('redis:7').start(),
    // Confluent Platform 7.9 is Apache Kafka 3.9; testcontainers' Kafka module speaks its image.
    new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start(),
  ]);
  return {
    connection: {
      DATABASE_URL: postgres.getConnectionUri(),
      REDIS_URL: redis.getConnectionUrl(),
      KAFKA_BROKERS: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
    },
    source: 'testcontainers',
    stop: async () => {
      await Promise.all([postgres.stop(), redis.stop(), kafka.stop()]);
    },
  };
}
