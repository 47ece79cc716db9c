import { join } from 'node:path';
import { Connection } from '@citypoints/local-infra';
import { ServiceProcess, startServiceProcess } from '@citypoints/testing';
import { orderServices } from './order-services';
import { serviceEnvironment } from './service-environment';
import { ClusterSecrets, ServiceDescription, ServiceName, SERVICES } from './services';

/** A service's database; `drop`, when there is one, runs on the cluster's close(). */
export interface ServiceDatabase {
  url: string;
  drop?: () => Promise<void>;
}

/** How startServices runs a cluster: its servers, databases, ports, keys and settings. */
export interface ClusterOptions {
  /** The servers: the Kafka brokers and Redis as given; DATABASE_URL is the makers' business. */
  connection: Connection;
  /** Makes the database of each service that has one (createTestDatabase, say). */
  databases: (service: ServiceName) => Promise<ServiceDatabase>;
  /** Free ports (tests), or the fixed ones of SERVICES (`npm start`). */
  ports: 'free' | 'development';
  secrets: ClusterSecrets;
  /** Put before the cluster's Kafka topics and Redis keys, so clusters can share the servers. */
  prefix?: string;
  /** Settings added to a service's environment, over those of its description. */
  env?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Receives what each process writes, instead of this process's terminal. */
  output?: (service: ServiceName, chunk: Buffer) => void;
  /** Each process appends what it writes to `<logDir>/<service>.log` (unless `output`). */
  logDir?: string;
  /** Runs the compiled services under dist/ (`npm run build`), not the TypeScript. */
  compiled?: boolean;
  /** Arguments to node for every service's process (heap sizes, say). */
  nodeArguments?: readonly string[];
  /** How long each service may take to be ready (30 s unless given). */
  readyTimeoutMs?: number;
  /** Told of each service once it is ready, with the milliseconds from spawn to ready. */
  onReady?: (service: ServiceName, running: RunningService, ms: number) => void;
}

/** A started service's process, with the database it was given. */
export interface RunningService extends ServiceProcess {
  /** Its own database, when it has one. */
  databaseUrl?: string;
  /**
   * Starts the service again, after its process ended (a crash test's SIGKILL), with the same
   * settings, database and ports, so the services that call it reach it where they did. The
   * cluster's `services` and close() then hold the new process, which this resolves with once
   * it is ready.
   */
  restart(): Promise<RunningService>;
}

/** The services startServices started, by name, and how to stop them all. */
export interface Cluster<N extends ServiceName> {
  services: Record<N, RunningService>;
  /** The prefix of its topics and Redis keys: '' when none was given. */
  prefix: string;
  /** Stops every service (SIGTERM), then drops the databases that can be dropped. */
  close(): Promise<void>;
}

/**
 * Starts the services `names` as processes, each ready (/health/ready) before any service that
 * calls it starts, those that do not depend on each other in parallel. `names` must include
 * every service they call. On a failure, stops what it started and rethrows.
 */
export async function startServices<N extends ServiceName>(
  names: readonly N[],
  options: ClusterOptions,
): Promise<Cluster<N>> {
  const waves = orderServices(names);
  const started: Partial<Record<N, RunningService>> = {};
  const drops: (() => Promise<void>)[] = [];
  const close = async () => {
    const running = Object.values(started) as RunningService[];
    await Promise.all(running.map((service) => service.stop()));
    await Promise.all(drops.map((drop) => drop()));
  };
  for (const wave of waves) {
    const outcomes = await Promise.allSettled(
      wave.map(async (name) => {
        started[name] = await startService(name, options, started, drops, (again) => {
          started[name] = again;
        });
      }),
    );
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) {
      await close();
      throw failure.reason;
    }
  }
  return { services: started as Record<N, RunningService>, prefix: options.prefix ?? '', close };
}

async function startService(
  name: ServiceName,
  options: ClusterOptions,
  started: Partial<Record<ServiceName, RunningService>>,
  drops: (() => Promise<void>)[],
  restarted: (again: RunningService) => void,
): Promise<RunningService> {
  const service: ServiceDescription = SERVICES[name];
  const database = service.database ? await options.databases(name) : undefined;
  if (database?.drop) drops.push(database.drop);
  const urls = Object.fromEntries(Object.entries(started).map(([other, { url }]) => [other, url]));
  const env = serviceEnvironment(name, {
    connection: options.connection,
    databaseUrl: database?.url,
    secrets: options.secrets,
    urls,
    prefix: options.prefix,
    extra: options.env?.[name],
  });
  const output = options.output;
  const managementPort = service.ports.management !== undefined;
  const run = async (ports?: { api: number; management?: number }): Promise<RunningService> => {
    const began = performance.now();
    const child = await startServiceProcess(name, env, {
      managementPort,
      ports,
      output: output && ((chunk) => output(name, chunk)),
      logFile: options.logDir && join(options.logDir, `${name}.log`),
      compiled: options.compiled,
      nodeArguments: options.nodeArguments,
      readyTimeoutMs: options.readyTimeoutMs,
    });
    const again = async () => {
      const port = (url: string) => Number(new URL(url).port);
      const ports = { api: port(child.url), management: port(child.managementUrl) };
      const next = await run(managementPort ? ports : { api: ports.api });
      restarted(next);
      return next;
    };
    const running = { ...child, databaseUrl: database?.url, restart: again };
    options.onReady?.(name, running, Math.round(performance.now() - began));
    return running;
  };
  return run(options.ports === 'development' ? service.ports : undefined);
}
