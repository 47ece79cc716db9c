// The README's run command (`npm start`, compiled by `npm run build` first): the local servers
// (as `npm run infra:up`), one database per service, the services from dist/, and the demo data
// once. Ctrl-C stops what this start started: the services, and the servers if it launched them.
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { format } from 'node:util';
import {
  ClusterSecrets,
  developmentDatabases,
  RunningService,
  ServiceName,
  SERVICES,
  startServices,
} from '@citypoints/cluster';
import {
  Connection,
  stackDir,
  stackPids,
  stackPorts,
  startStack,
  stopStack,
  workspaceRoot,
} from '@citypoints/local-infra';
import { ServiceTokenSigner } from '@citypoints/platform';
import { CASCAIS } from './demo/cascais';
import { DemoSystem } from './demo/demo-system';
import { kafkaBrokers } from './demo/kafka-brokers';
import { seedTown } from './demo/seed-town';
import { VAXJO } from './demo/vaxjo';
import { describeMemory } from './start/cluster-memory';
import { demoMarker } from './start/demo-marker';
import { Lifetime } from './start/lifetime';
import { demoSignIns } from './start/demo-sign-ins';
import { seconds, stepLine } from './start/step-lines';

const at = (service: ServiceName) => `http://localhost:${SERVICES[service].ports.api}`;
const GATEWAY = at('gateway');
const IDENTITY = at('identity');

/** Settings of this development system only, by service, over those of SERVICES. */
const DEVELOPMENT_ENV: Partial<Record<ServiceName, Record<string, string>>> = {
  // The mail outbox stands in for sending mail.
  identity: { DEVELOPMENT_ROUTES: 'true' },
  // The web app as `npm run build` left it (Vite's output).
  gateway: { CORS_ORIGINS: '*', WEB_APP_DIR: join(workspaceRoot(), 'dist/web') },
};

/** The demo's towns, whose accounts are printed at the end (tools/demo makes them). */
const TOWNS = [CASCAIS, VAXJO];

/**
 * Node's memory per service, sized for a development system at rest: a young generation of
 * 4 MiB (semi-spaces of 2 MiB instead of 16) is collected more often but keeps little garbage
 * resident, and V8 favours size over speed (smaller code, an old generation that grows later).
 */
const NODE_ARGUMENTS = ['--max-semi-space-size=2', '--optimize-for-size'];

const lifetime = new Lifetime();

async function main(): Promise<void> {
  try {
    await startEverything();
    await lifetime.untilStopRequested();
    console.log('');
  } finally {
    await lifetime.stopAll();
  }
}

async function startEverything(): Promise<void> {
  const root = workspaceRoot();
  const logDir = join(root, '.infra/logs');
  mkdirSync(logDir, { recursive: true });
  const infraDir = stackDir(process.env, root);
  const { connection, launched } = await startServers(infraDir, relative(root, infraDir));
  lifetime.check();
  const secrets = developmentSecrets(infraDir);
  signer = new ServiceTokenSigner(secrets.SERVICE_TOKEN_PRIVATE_KEY);
  const names = Object.keys(SERVICES) as ServiceName[];
  const cluster = await startServices(names, {
    connection,
    databases: developmentDatabases(connection.DATABASE_URL),
    ports: 'development',
    secrets,
    compiled: true,
    nodeArguments: NODE_ARGUMENTS,
    // A cold start of seven processes on a laptop's two cores, while it compiles elsewhere.
    readyTimeoutMs: 120_000,
    logDir,
    onReady: (name, _, ms) =>
      console.log(stepLine(name, `ready on :${SERVICES[name].ports.api} in ${seconds(ms)}`)),
    // Info unless LOG_LEVEL says otherwise, where the processes of tests log warnings only.
    env: Object.fromEntries(
      names.map((name) => [
        name,
        { LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...DEVELOPMENT_ENV[name] },
      ]),
    ),
  });
  lifetime.onStop('services', () => cluster.close());
  lifetime.check();
  await loadDemoOnce(connection.DATABASE_URL, relative(root, join(logDir, 'demo.log')));
  lifetime.check();
  printRunning(names, relative(root, logDir), launched.length > 0);
  // Right after the demo's requests the services' heaps and the pools' Postgres backends (closed
  // after 10 s idle) are not what the cluster idles at.
  await Promise.race([lifetime.untilStopRequested(), sleep(12_000)]);
  if (lifetime.stopping) return;
  const servers = Object.entries(stackPids(infraDir)).map(([name, pid]) => [name, [pid]]);
  const memory = describeMemory({
    services: Object.values<RunningService>(cluster.services).flatMap(
      ({ process }) => process.pid ?? [],
    ),
    ...Object.fromEntries(servers),
  });
  console.log(stepLine('memory', memory));
}

/**
 * Postgres, Redis and Kafka as `npm run infra:up` starts them, in `dir` (`shownDir` to people),
 * one line each; those this start launched are stopped on the way out, and only those.
 */
async function startServers(
  dir: string,
  shownDir: string,
): Promise<{ connection: Connection; launched: string[] }> {
  const stack = await startStack({
    dir,
    ports: stackPorts(process.env),
    durable: true,
    lean: true,
  });
  const launched = Object.keys(stack.startupMs).filter((s) => !stack.alreadyRunning.includes(s));
  if (launched.length > 0) lifetime.onStop(launched.join(', '), () => stopStack(dir, launched));
  for (const [server, ms] of Object.entries(stack.startupMs)) {
    const how = launched.includes(server) ? `started in ${seconds(ms)}` : 'already running';
    console.log(stepLine(server, `${how} (log under ${shownDir}/)`));
  }
  return { connection: stack.connection, launched };
}

/** Loads the demo data unless these servers have it, its own lines going to `logFile`. */
async function loadDemoOnce(serverUrl: string, logFile: string): Promise<void> {
  const marker = await demoMarker(serverUrl);
  if (marker.loadedAt) {
    const when = marker.loadedAt.toISOString().slice(0, 16).replace('T', ' ');
    console.log(stepLine('demo data', `kept (loaded ${when} UTC)`));
    return;
  }
  const began = performance.now();
  const print = console.log;
  console.log = (...args: unknown[]) => appendFileSync(logFile, `${format(...args)}\n`);
  try {
    await seedDemoData();
  } finally {
    console.log = print;
  }
  await marker.markLoaded();
  console.log(
    stepLine('demo data', `loaded in ${seconds(performance.now() - began)} (${logFile})`),
  );
}

function printRunning(names: ServiceName[], logDir: string, stopsServers: boolean): void {
  const internal = names
    .filter((name) => name !== 'gateway')
    .map((name) => `${name} :${SERVICES[name].ports.api}`)
    .join(', ');
  const signIns = TOWNS.flatMap((town) => demoSignIns(town, Date.now()))
    .map((line) => `    ${line}`)
    .join('\n');
  const [resident] = CASCAIS.knownResidents;
  console.log(`
City Points is running, ready ${seconds(performance.now())} after start:
  web app       ${TOWNS.map((town) => `${GATEWAY}/t/${town.slug}`).join('   ')}
  public API    ${GATEWAY}/api/v1   (documented at ${GATEWAY}/api/docs)
  internal      ${internal} (each documents /docs;
                loopback only, and every call needs the gateway's service token)
  each also has /health/live, /health/ready and /metrics (the gateway's on :${SERVICES.gateway.ports.management})
  development   identity's mail outbox (DEVELOPMENT_ROUTES=true): the mails it would send (password resets, e-mail verification)
  logs          ${logDir}/<service>.log (JSON lines), the demo's in ${logDir}/demo.log
  demo sign-in  by role, email and password:
${signIns}
  curl -s -X POST ${GATEWAY}/api/v1/tenants/${CASCAIS.slug}/sessions -H 'content-type: application/json' \\
    -d '{"email":"${resident.email}","password":"${resident.password}"}'
Ctrl-C stops the services${stopsServers ? ' and the servers this start launched' : ''}; ${
    stopsServers
      ? 'the data stays for the next start.'
      : 'npm run infra:down stops Postgres, Redis and Kafka.'
  }`);
}

// Kept with the local servers, so tokens stay valid across restarts of the services.
function signingKey(path: string): string {
  if (!existsSync(path)) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return readFileSync(path, 'utf8');
}

/**
 * Identity's signing key and the key pair of the service tokens (the gateway signs with the
 * private key, the services check with the public one), as PEM files in `dir`, and the key
 * activity codes are signed under, so that printed posters stay valid across restarts.
 */
function developmentSecrets(dir: string): Required<ClusterSecrets> {
  const privateKey = signingKey(join(dir, 'service-token-key.pem'));
  return {
    JWT_PRIVATE_KEY: signingKey(join(dir, 'identity-signing-key.pem')),
    SERVICE_TOKEN_PRIVATE_KEY: privateKey,
    SERVICE_TOKEN_PUBLIC_KEY: createPublicKey(privateKey)
      .export({ type: 'spki', format: 'pem' })
      .toString(),
    ACTIVITY_CODE_KEY: activityCodeKey(join(dir, 'activity-code-key')),
  };
}

function activityCodeKey(path: string): string {
  if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600 });
  return readFileSync(path, 'utf8');
}

/** The Authorization header for a call to a service's internal API, as the gateway makes it. */
let signer: ServiceTokenSigner;
const asService = async (service: string) => ({
  authorization: await signer.authorization(service),
});

/**
 * The demo: Demo Town (Cascais, `demo-town`) and Växjö, each with its activities, partners,
 * causes, groups and 200 residents with a week of history, loaded through the public API and
 * the integration topic (tools/demo/seed-town.ts), both towns at once.
 */
async function seedDemoData(): Promise<void> {
  const started = Date.now();
  const system: DemoSystem = { gateway: GATEWAY, identity: IDENTITY, asService };
  const kafka = kafkaBrokers();
  const lines = await Promise.all(
    TOWNS.map((town, i) =>
      seedTown(town, system, { residents: 200, block: 20 + i, width: 6, kafkaBrokers: kafka }),
    ),
  );
  console.log(`Demo data, loaded in ${Math.round((Date.now() - started) / 1000)} s:`);
  for (const line of lines.flat()) console.log(line);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    // Ctrl-C reaches the services too, so a start it cuts short may fail for that reason alone.
    if (lifetime.stopping) process.exit(0);
    console.error(`start failed: ${error.message}`);
    process.exit(1);
  },
);
