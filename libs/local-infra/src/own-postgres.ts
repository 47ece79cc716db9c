import { join } from 'node:path';
import { connectionFor } from './connection';
import { postgresServer } from './postgres';
import { ownedPid, stopProcess } from './processes';

/**
 * A Postgres server of the caller's own, kept in `dir` and listening on `port` of 127.0.0.1:
 * for a test that stops its database, which must not be the shared one. The first start
 * creates the cluster (non-durable, as for tests); later starts on the same `dir` and `port`
 * bring the same data back. Resolves once it accepts connections, with its server's URL
 * (`postgres://postgres@127.0.0.1:<port>/postgres`).
 */
export async function startOwnPostgres(dir: string, port: number): Promise<string> {
  const ports = { postgres: port, redis: 0, kafka: 0, kafkaController: 0 };
  // pg_ctl start -w returns once the server accepts connections.
  await postgresServer.launch({ dir, ports, durable: false });
  return connectionFor(ports).DATABASE_URL;
}

/** Stops the server startOwnPostgres started from `dir` (a "fast" shutdown), if it runs. */
export async function stopOwnPostgres(dir: string): Promise<void> {
  const pid = ownedPid(postgresServer.pidFile(dir), join(dir, postgresServer.name));
  if (pid !== undefined) await stopProcess(pid, postgresServer.stopSignal, 30_000);
}
