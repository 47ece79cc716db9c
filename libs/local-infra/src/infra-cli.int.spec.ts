import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { kafkaServer } from './kafka';
import { findFreePorts, portIsFree } from './ports';
import { postgresServer } from './postgres';
import { isRunning, readPid } from './processes';
import { redisServer } from './redis';
import { Connection } from './stack-options';
import { workspaceRoot } from './workspace-root';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(command: string, env: NodeJS.ProcessEnv): Promise<CliRun> {
  const cli = join(__dirname, 'cli.ts');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', cli, command],
      { cwd: workspaceRoot(), env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('local-infra CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-infra-cli-'));
  let env: NodeJS.ProcessEnv;
  let ports: number[];

  beforeAll(async () => {
    ports = await findFreePorts(4);
    const [postgres, redis, kafka, kafkaController] = ports.map(String);
    env = {
      INFRA_DIR: dir,
      INFRA_POSTGRES_PORT: postgres,
      INFRA_REDIS_PORT: redis,
      INFRA_KAFKA_PORT: kafka,
      INFRA_KAFKA_CONTROLLER_PORT: kafkaController,
    };
  });

  afterAll(async () => {
    await runCli('down', env);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('starts real servers, reuses them on a second up and leaves nothing behind after down', async () => {
    const first = await runCli('up', env);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const pids = serverPids();
    expect(pids.every((pid) => pid !== undefined && isRunning(pid))).toBe(true);

    const second = await runCli('up', env);
    expect(second).toMatchObject({ code: 0, stderr: '' });
    for (const server of ['postgres', 'redis', 'kafka']) {
      expect(second.stdout).toMatch(new RegExp(`^${server}\\s+already running$`, 'm'));
    }
    expect(serverPids()).toEqual(pids);

    const connection = readConnection();
    await expect(selectOne(connection.DATABASE_URL)).resolves.toBe(1);
    await expect(ping(connection.REDIS_URL)).resolves.toBe('PONG');
    await expect(brokerCount(connection.KAFKA_BROKERS)).resolves.toBe(1);

    const down = await runCli('down', env);
    expect(down).toMatchObject({ code: 0, stdout: 'stopped postgres, redis, kafka\n' });
    expect(pids.filter((pid) => pid !== undefined && isRunning(pid))).toEqual([]);
    for (const port of ports) await expect(portIsFree(port)).resolves.toBe(true);
  }, 180_000);

  it('refuses a bad port setting with a one-line message naming the variable', async () => {
    const result = await runCli('up', { ...env, INFRA_KAFKA_PORT: '59O92' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'local-infra: INFRA_KAFKA_PORT must be a port number from 1 to 65535, not "59O92"\n',
    );
  }, 30_000);

  function serverPids(): (number | undefined)[] {
    return [postgresServer, redisServer, kafkaServer].map((server) => readPid(server.pidFile(dir)));
  }

  function readConnection(): Connection {
    const lines = readFileSync(join(dir, 'connection.env'), 'utf8').trim().split('\n');
    return Object.fromEntries(lines.map((line) => line.split(/=(.*)/s, 2))) as Connection;
  }
});

async function selectOne(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0].one;
  } finally {
    await client.end();
  }
}

async function ping(url: string): Promise<string> {
  const redis = new Redis(url);
  try {
    return await redis.ping();
  } finally {
    redis.disconnect();
  }
}

async function brokerCount(brokers: string): Promise<number> {
  const admin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    return (await admin.describeCluster()).brokers.length;
  } finally {
    await admin.disconnect();
  }
}
