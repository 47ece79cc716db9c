import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDatabase,
  dropDatabase,
  findFreePorts,
  startStack,
  stopStack,
} from '@citypoints/local-infra';

/**
 * An empty database for one benchmark run: on the server DATABASE_URL names, else on a durable
 * (fsync on) local server started for the run, as production would have it.
 */
export async function benchDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => undefined as unknown;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'citypoints-bench-'));
    const [postgres, redis, kafka, kafkaController] = await findFreePorts(4);
    const stack = await startStack({
      dir,
      ports: { postgres, redis, kafka, kafkaController },
      durable: true,
    });
    serverUrl = stack.connection.DATABASE_URL;
    stopServer = async () => {
      await stopStack(dir);
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const name = `bench_${Date.now()}`;
  const server = serverUrl;
  return {
    url: await createDatabase(server, name),
    close: async () => {
      await dropDatabase(server, name);
      await stopServer();
    },
  };
}
