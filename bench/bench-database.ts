import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Connection,
  createDatabase,
  dropDatabase,
  findFreePorts,
  startStack,
  stopStack,
} from '@citypoints/local-infra';

/**
 * An empty database for one benchmark run, and the servers it is on: those DATABASE_URL,
 * REDIS_URL and KAFKA_BROKERS name when all three are set, else a durable (fsync on) local
 * stack started for the run, as production would have it.
 */
export async function benchDatabase(): Promise<{
  url: string;
  servers: Connection;
  close(): Promise<void>;
}> {
  const { DATABASE_URL, REDIS_URL, KAFKA_BROKERS } = process.env;
  let servers: Connection | undefined =
    DATABASE_URL && REDIS_URL && KAFKA_BROKERS
      ? { DATABASE_URL, REDIS_URL, KAFKA_BROKERS }
      : undefined;
  let stopServers = async () => undefined as unknown;
  if (!servers) {
    const dir = mkdtempSync(join(tmpdir(), 'citypoints-bench-'));
    const [postgres, redis, kafka, kafkaController] = await findFreePorts(4);
    const stack = await startStack({
      dir,
      ports: { postgres, redis, kafka, kafkaController },
      durable: true,
    });
    servers = stack.connection;
    stopServers = async () => {
      await stopStack(dir);
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const name = `bench_${Date.now()}`;
  const server = servers.DATABASE_URL;
  return {
    url: await createDatabase(server, name),
    servers,
    close: async () => {
      await dropDatabase(server, name);
      await stopServers();
    },
  };
}
