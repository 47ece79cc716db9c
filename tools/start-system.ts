// The README's run command: local servers (npm run infra:up), one database per service, the
// services, and demo data. Ctrl-C stops the services; `npm run infra:down` stops the servers.
import { spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ClusterSecrets,
  developmentDatabases,
  ServiceName,
  SERVICES,
  startServices,
} from '@citypoints/cluster';
import { workspaceRoot } from '@citypoints/local-infra';
import { ServiceTokenSigner } from '@citypoints/platform';
import { callJson } from '@citypoints/platform/testing';
import { DemoSystem, seedDemoActivities, signInDemoAdmin } from './demo-activities';
import { demoCommandId, seedDemoRewards } from './demo-rewards';

const at = (service: ServiceName) => `http://localhost:${SERVICES[service].ports.api}`;
const GATEWAY = at('gateway');
const IDENTITY = at('identity');

/** Settings of this development system only, by service, over those of SERVICES. */
const DEVELOPMENT_ENV: Partial<Record<ServiceName, Record<string, string>>> = {
  // The mail outbox stands in for sending mail.
  identity: { DEVELOPMENT_ROUTES: 'true' },
  gateway: { CORS_ORIGINS: '*' },
};

async function main(): Promise<void> {
  const root = workspaceRoot();
  const up = spawnSync('npm', ['run', '--silent', 'infra:up'], { cwd: root, stdio: 'inherit' });
  if (up.status !== 0) process.exit(up.status ?? 1);
  const { DATABASE_URL, REDIS_URL, KAFKA_BROKERS } = readEnvFile(
    join(root, '.infra/local/connection.env'),
  );
  const connection = { DATABASE_URL, REDIS_URL, KAFKA_BROKERS };
  const secrets = developmentSecrets(join(root, '.infra/local'));
  signer = new ServiceTokenSigner(secrets.SERVICE_TOKEN_PRIVATE_KEY);
  const names = Object.keys(SERVICES) as ServiceName[];
  const cluster = await startServices(names, {
    connection,
    databases: developmentDatabases(connection.DATABASE_URL),
    ports: 'development',
    secrets,
    // Info unless LOG_LEVEL says otherwise, where the processes of tests log warnings only.
    env: Object.fromEntries(
      names.map((name) => [
        name,
        { LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...DEVELOPMENT_ENV[name] },
      ]),
    ),
  });
  const stop = () => void cluster.close();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  try {
    await seedDemoData();
  } catch (error) {
    // The services it started stop with it, rather than hold the ports for the next start.
    await cluster.close();
    throw error;
  }
  const internal = names
    .filter((name) => name !== 'gateway')
    .map((name) => `${name} :${SERVICES[name].ports.api}`)
    .join(', ');
  console.log(`
City Points is running:
  public API    ${GATEWAY}/api/v1   (documented at ${GATEWAY}/api/docs)
  internal      ${internal} (each documents /docs;
                loopback only, and every call needs the gateway's service token)
  each also has /health/live, /health/ready and /metrics (the gateway's on :${SERVICES.gateway.ports.management})
  development   identity's mail outbox (DEVELOPMENT_ROUTES=true): the reset mails it would send
Ctrl-C stops the services; npm run infra:down stops Postgres, Redis and Kafka.`);
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

function readEnvFile(path: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/**
 * Demo Town with its published activities (seedDemoActivities) and its resident Ana, who checks
 * in at the recycling station and the book donation point with their posters' codes, standing
 * there, and sees the points arrive through the public API.
 */
async function seedDemoData(): Promise<void> {
  const tenant = 'demo-town';
  const ana = {
    email: 'ana@demo-town.example',
    password: 'beach-clean-up-2026',
    displayName: 'Ana',
  };
  // The platform operator's step, through identity's internal API.
  await callJson(`${IDENTITY}/tenants`, {
    headers: await asService('identity'),
    body: { slug: tenant, name: 'Demo Town', defaultLocale: 'en', timeZone: 'Europe/Lisbon' },
  });
  const system: DemoSystem = { gateway: GATEWAY, identity: IDENTITY, asService };
  const admin = await signInDemoAdmin(tenant, system);
  const activities = await seedDemoActivities(tenant, system, admin);
  const causes = await seedDemoRewards(tenant, system, admin);
  await callJson(`${GATEWAY}/api/v1/tenants/${tenant}/sign-up`, { body: ana });
  const session = await callJson(`${GATEWAY}/api/v1/tenants/${tenant}/sessions`, {
    body: { email: ana.email, password: ana.password },
  });
  if (session.status !== 200) {
    throw new Error(`demo sign-in failed: ${JSON.stringify(session.body)}`);
  }
  const { accessToken } = session.body as { accessToken: string };
  // Ana walked from the recycling station to the library this hour; a start within the same
  // hour sends the same check-ins again (same keys and bodies), which credits nothing more.
  const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const visits = [
    { title: 'Recycling station', minutesBefore: 40 },
    { title: 'Book donation point', minutesBefore: 10 },
  ];
  for (const { title, minutesBefore } of visits) {
    const { code, place } = activities[title];
    const scannedAt = new Date(hour - minutesBefore * 60_000).toISOString();
    const checkIn = await untilVerificationKnows(() =>
      callJson(`${GATEWAY}/api/v1/check-ins`, {
        token: accessToken,
        headers: { 'idempotency-key': `demo-ana-${scannedAt}` },
        body: {
          code,
          position: { latitude: place.latitude, longitude: place.longitude, accuracy: 8 },
          scannedAt,
        },
      }),
    );
    // 422: a rule of the activity turned it down (a daily limit on a later start).
    if (checkIn.status !== 201 && checkIn.status !== 422) {
      throw new Error(`demo check-in failed: ${JSON.stringify(checkIn.body)}`);
    }
  }
  // Ana gives 5 points to the trees, once: the same donation id on every start.
  const trees = causes['Trees for Parque Marechal Carmona'];
  const donation = await untilLedgerKnows(() =>
    callJson(`${GATEWAY}/api/v1/me/donations`, {
      token: accessToken,
      body: { donationId: demoCommandId('ana-trees'), causeId: trees, points: 5 },
    }),
  );
  if (donation.status !== 201 && donation.status !== 200) {
    throw new Error(`demo donation failed: ${JSON.stringify(donation.body)}`);
  }
  const participations = await callJson(`${GATEWAY}/api/v1/me/participations`, {
    token: accessToken,
  });
  const verified = (participations.body.items as { state: string; points: number }[]).filter(
    (participation) => participation.state === 'verified',
  );
  const earned = verified.reduce((sum, participation) => sum + participation.points, 0);
  for (let attempt = 0; attempt < 100; attempt++) {
    const { balance } = (await callJson(`${GATEWAY}/api/v1/me/balance`, { token: accessToken }))
      .body as { balance: number };
    if (balance >= earned - 5) {
      console.log(`
Demo data: ${ana.displayName} (${ana.email}, password ${ana.password}) of ${tenant} checked in ${verified.length} times, gave 5 points to the trees and has ${balance} points.
  curl -s -X POST ${GATEWAY}/api/v1/tenants/${tenant}/sessions -H 'content-type: application/json' \\
    -d '{"email":"${ana.email}","password":"${ana.password}"}'
  then: curl -s ${GATEWAY}/api/v1/me/balance -H "authorization: Bearer <accessToken>"`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the demo points did not reach the ledger');
}

/**
 * `call` again, for up to 30 s, while the ledger has not yet opened the account of a cause
 * just published (404 `unknown-account`) or credited the check-ins just made (409
 * `insufficient-points`): such refusals move nothing.
 */
async function untilLedgerKnows(
  call: () => ReturnType<typeof callJson>,
): ReturnType<typeof callJson> {
  for (let attempt = 0; ; attempt++) {
    const answer = await call();
    const code = (answer.body as { code?: string } | undefined)?.code;
    const early = code === 'unknown-account' || code === 'insufficient-points';
    if (!early || attempt >= 150) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * `call` again, for up to 30 s, while verification has not yet heard of the tenant or the
 * activity from their events (409 `unknown-tenant`, 422 `unknown-activity`): such refusals
 * store nothing.
 */
async function untilVerificationKnows(
  call: () => ReturnType<typeof callJson>,
): ReturnType<typeof callJson> {
  for (let attempt = 0; ; attempt++) {
    const answer = await call();
    const code = (answer.body as { code?: string } | undefined)?.code;
    const unknown = code === 'unknown-tenant' || code === 'unknown-activity';
    if (!unknown || attempt >= 150) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

main().catch((error) => {
  console.error(`start failed: ${(error as Error).message}`);
  process.exit(1);
});
