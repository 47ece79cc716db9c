import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePorts, startStack, stopStack } from '@citypoints/local-infra';
import { Client } from 'pg';

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
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    close: async () => {
      await onServer(serverUrl, `DROP DATABASE ${name} WITH (FORCE)`);
      await stopServer();
    },
  };
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}
