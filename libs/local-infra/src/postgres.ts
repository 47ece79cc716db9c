import {
  chmodSync,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { connectionFor } from './connection';
import { LocalServer } from './local-server';
import { postgresBinDir } from './postgres-bin-dir';
import { run, runAsUser } from './run';
import { StackOptions, StackPorts } from './stack-options';

/** Throwaway test data does not need crash safety, and skipping it makes writes much cheaper. */
const nonDurableSettings = ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];

/** A development system's few megabytes of data fit many times over; idle memory stays small. */
const leanSettings = ['-c shared_buffers=16MB'];

export const postgresServer: LocalServer = {
  name: 'postgres',
  ports: (ports) => [ports.postgres],
  pidFile: (dir) => join(dataDir(dir), 'postmaster.pid'),
  logFile,
  // PostgreSQL's "fast" shutdown; SIGTERM would wait for every client to disconnect first.
  stopSignal: 'SIGINT',
  readyTimeoutMs: 10_000,
  launch: launchPostgres,
  isReady: answersSelectOne,
};

async function launchPostgres({ dir, ports, durable, lean }: StackOptions): Promise<void> {
  if (runsAsRoot()) chmodSync(dir, statSync(dir).mode | 0o001);
  if (!existsSync(join(dataDir(dir), 'PG_VERSION'))) await initialise(dataDir(dir), durable);
  writeFileSync(logFile(dir), '', { flag: 'a' });
  await handToServerAccount(logFile(dir));
  const settings = [
    `-p ${ports.postgres}`,
    '-c listen_addresses=127.0.0.1',
    // No socket file, so it cannot clash with the system server's socket in /var/run/postgresql.
    "-c unix_socket_directories=''",
    '-c max_connections=300',
    ...(durable ? [] : nonDurableSettings),
    ...(lean ? leanSettings : []),
  ];
  await asServerAccount('pg_ctl', [
    ...['start', '-w', '-t', '60', '-D', dataDir(dir), '-l', logFile(dir)],
    ...['-o', settings.join(' ')],
  ]);
}

/** initdb works in a side folder, so an interrupted run never leaves a half-made cluster in use. */
async function initialise(target: string, durable: boolean): Promise<void> {
  const staging = `${target}.initdb`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { mode: 0o700 });
  await handToServerAccount(staging);
  await asServerAccount('initdb', [
    ...['-D', staging, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'],
    ...(durable ? [] : ['--no-sync']),
  ]);
  renameSync(staging, target);
}

async function answersSelectOne(ports: StackPorts): Promise<boolean> {
  const client = new Client({
    connectionString: connectionFor(ports).DATABASE_URL,
    connectionTimeoutMillis: 2_000,
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ one: number }>('SELECT 1 AS one');
    return rows[0]?.one === 1;
  } finally {
    await client.end();
  }
}

function dataDir(dir: string): string {
  return join(dir, 'postgres');
}

function logFile(dir: string): string {
  return join(dir, 'postgres.log');
}

// PostgreSQL refuses to run as root; as root it runs as the account its OS package created.
function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

function asServerAccount(binary: 'initdb' | 'pg_ctl', args: string[]): Promise<string> {
  const path = join(postgresBinDir(), binary);
  return runsAsRoot() ? runAsUser('postgres', path, args) : run(path, args);
}

async function handToServerAccount(path: string): Promise<void> {
  if (runsAsRoot()) await run('chown', ['postgres:', path]);
}
