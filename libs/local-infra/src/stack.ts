import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { connectionFor } from './connection';
import { kafkaServer } from './kafka';
import { LocalServer } from './local-server';
import { postgresServer } from './postgres';
import { isRunning, ownedPid, readPid, stopProcess } from './processes';
import { portIsFree } from './ports';
import { redisServer } from './redis';
import { recordedPorts, writeStackFiles } from './stack-files';
import { Connection, StackOptions, StackPorts } from './stack-options';
import { waitUntil } from './wait-until';

const servers: LocalServer[] = [postgresServer, redisServer, kafkaServer];

/** Kafka's clean shutdown takes a few seconds; past this something is stuck. */
const stopGraceMs = 30_000;

export interface StartedStack {
  connection: Connection;
  /** From launch to answering like a client needs, 0 for a server that was already running. */
  startupMs: Record<LocalServer['name'], number>;
  alreadyRunning: string[];
}

/**
 * Starts Postgres, Redis and Kafka side by side, each keeping data, log and pid file under
 * `dir`. Servers already running from `dir` are reused, so it can be called again at any
 * time. When one fails, those this call started are stopped again so that none is orphaned.
 */
export async function startStack(options: StackOptions): Promise<StartedStack> {
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const running = servers.filter((server) => runningPid(server, dir) !== undefined);
  const recorded = recordedPorts(dir);
  const results = await Promise.allSettled(
    servers.map((server) =>
      running.includes(server)
        ? reuse(server, dir, options.ports, recorded)
        : start(server, { ...options, dir }),
    ),
  );
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [(result.reason as Error).message] : [],
  );
  if (failures.length > 0) {
    await Promise.all(servers.filter((s) => !running.includes(s)).map((s) => stopServer(s, dir)));
    throw new Error(failures.join('; '));
  }

  const connection = connectionFor(options.ports);
  writeStackFiles(dir, options.ports, connection);
  const startupMs = Object.fromEntries(
    servers.map((server, i) => [server.name, (results[i] as PromiseFulfilledResult<number>).value]),
  ) as StartedStack['startupMs'];
  return { connection, startupMs, alreadyRunning: running.map((server) => server.name) };
}

/**
 * Stops the servers running from `dir`, and nothing else, and returns their names; only those
 * named in `only` when given (the ones a caller's startStack launched, say).
 */
export async function stopStack(dir: string, only?: readonly string[]): Promise<string[]> {
  const absoluteDir = resolve(dir);
  const chosen = servers.filter((server) => only === undefined || only.includes(server.name));
  const stopped = await Promise.all(chosen.map((server) => stopServer(server, absoluteDir)));
  return chosen.filter((_, i) => stopped[i]).map((server) => server.name);
}

/** The main process of each server running from `dir`, by name (Postgres's postmaster). */
export function stackPids(dir: string): Record<string, number> {
  const absoluteDir = resolve(dir);
  return Object.fromEntries(
    servers.flatMap((server) => {
      const pid = runningPid(server, absoluteDir);
      return pid === undefined ? [] : [[server.name, pid]];
    }),
  );
}

async function start(server: LocalServer, options: StackOptions): Promise<number> {
  const { dir, ports } = options;
  try {
    for (const port of server.ports(ports)) {
      if (!(await portIsFree(port))) throw new Error(`port ${port} is in use by another process`);
    }
    const began = performance.now();
    await server.launch(options);
    await untilReady(server, dir, ports);
    return Math.round(performance.now() - began);
  } catch (error) {
    throw new Error(
      `${server.name} did not start on port ${describePorts(server, ports)}: ` +
        `${(error as Error).message} (log: ${server.logFile(dir)})`,
    );
  }
}

async function reuse(
  server: LocalServer,
  dir: string,
  ports: StackPorts,
  recorded: StackPorts | undefined,
): Promise<number> {
  if (recorded && describePorts(server, recorded) !== describePorts(server, ports)) {
    throw new Error(
      `${server.name} is already running from ${dir} on port ${describePorts(server, recorded)}: ` +
        `stop the stack before moving it to port ${describePorts(server, ports)}`,
    );
  }
  try {
    await untilReady(server, dir, ports);
    return 0;
  } catch (error) {
    throw new Error(
      `${server.name} is running from ${dir} but does not answer on port ` +
        `${describePorts(server, ports)}: ${(error as Error).message} (log: ${server.logFile(dir)})`,
    );
  }
}

function untilReady(server: LocalServer, dir: string, ports: StackPorts): Promise<void> {
  return waitUntil(() => server.isReady(ports), {
    timeoutMs: server.readyTimeoutMs,
    giveUpReason: () => {
      const pid = readPid(server.pidFile(dir));
      return pid !== undefined && !isRunning(pid) ? `its process ${pid} exited` : undefined;
    },
  });
}

async function stopServer(server: LocalServer, dir: string): Promise<boolean> {
  const pid = runningPid(server, dir);
  if (pid === undefined) return false;
  await stopProcess(pid, server.stopSignal, stopGraceMs);
  // Kafka leaves its pid file behind, and so does any server that had to be killed.
  rmSync(server.pidFile(dir), { force: true });
  return true;
}

function runningPid(server: LocalServer, dir: string): number | undefined {
  return ownedPid(server.pidFile(dir), join(dir, server.name));
}

function describePorts(server: LocalServer, ports: StackPorts): string {
  return server.ports(ports).join(' and ');
}
