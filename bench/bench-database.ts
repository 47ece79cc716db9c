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
 * The servers of one benchmark run: those DATABASE_URL, REDIS_URL and KAFKA_BROKERS name when
 * all three are set, else a durable (fsync on) local stack started for the run, as production
 * would have it; close() stops only a stack it started.
 */
export async function benchServers(): Promise<{
  servers: Connection;
  close(): Promise<void>;
}> {
  const { DATABASE_URL, REDIS_URL, KAFKA_BROKERS } = process.env;
  if (DATABASE_URL && REDIS_URL && KAFKA_BROKERS) {
    return { servers: { DATABASE_URL, REDIS_URL, KAFKA_BROKERS }, close: async () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'citypoints-bench-'));
  const close = async () => {
    await stopStack(dir);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [postgres, redis, kafka, kafkaController] = await findFreePorts(4);
    const stack = await startStack({
      dir,
      ports: { postgres, redis, kafka, kafkaController },
      durable: true,
    });
    return { servers: stack.connection, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** An empty database for one benchmark run, on the servers of benchServers(). */
export async function benchDatabase(): Promise<{
  url: string;
  servers: Connection;
  close(): Promise<void>;
}> {
  const { servers, close: stopServers } = await benchServers();
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
