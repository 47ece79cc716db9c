// The README's run command: local servers (npm run infra:up), one database per service, the
// services, and demo data. Ctrl-C stops the services; `npm run infra:down` stops the servers.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, workspaceRoot } from '@citypoints/local-infra';
import { ServiceTokenSigner } from '@citypoints/platform';
import { callJson } from './call-json';

const GATEWAY = 'http://localhost:3000';
const GATEWAY_MANAGEMENT_PORT = 3090;
const IDENTITY = 'http://localhost:3103';
const VERIFICATION = 'http://localhost:3101';

interface Service {
  name: string;
  port: number;
  /** Where /health answers, when not on `port`. */
  managementPort?: number;
  database: boolean;
  env?: Record<string, string>;
}

async function main(): Promise<void> {
  const root = workspaceRoot();
  const up = spawnSync('npm', ['run', '--silent', 'infra:up'], { cwd: root, stdio: 'inherit' });
  if (up.status !== 0) process.exit(up.status ?? 1);
  const connection = readEnvFile(join(root, '.infra/local/connection.env'));
  const keys = serviceTokenKeys(join(root, '.infra/local/service-token-key.pem'));
  signer = new ServiceTokenSigner(keys.privateKey);
  const services: Service[] = [
    { name: 'verification', port: 3101, database: true },
    { name: 'ledger', port: 3102, database: true },
    {
      name: 'identity',
      port: 3103,
      database: true,
      env: {
        JWT_PRIVATE_KEY: signingKey(join(root, '.infra/local/identity-signing-key.pem')),
        // The mail outbox stands in for sending mail, on this development system only.
        DEVELOPMENT_ROUTES: 'true',
      },
    },
    {
      name: 'gateway',
      port: 3000,
      managementPort: GATEWAY_MANAGEMENT_PORT,
      database: false,
      env: {
        IDENTITY_URL: IDENTITY,
        LEDGER_URL: 'http://localhost:3102',
        CORS_ORIGINS: '*',
        SERVICE_TOKEN_PRIVATE_KEY: keys.privateKey,
        MANAGEMENT_PORT: String(GATEWAY_MANAGEMENT_PORT),
      },
    },
  ];

  const children: ChildProcess[] = [];
  for (const service of services) {
    const env: Record<string, string> = {
      ...connection,
      PORT: String(service.port),
      SERVICE_TOKEN_PUBLIC_KEY: keys.publicKey,
      ...service.env,
    };
    if (service.database) {
      env.DATABASE_URL = await createDatabase(
        connection.DATABASE_URL,
        `citypoints_${service.name}`,
      );
    } else {
      delete env.DATABASE_URL;
    }
    children.push(
      spawn('node', ['-r', '@swc-node/register', `services/${service.name}/src/main.ts`], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, ...env },
      }),
    );
  }
  const stop = () => children.forEach((child) => child.kill('SIGTERM'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await Promise.all(services.map((service) => untilReady(service.managementPort ?? service.port)));
  await seedDemoData();
  console.log(`
City Points is running:
  public API    ${GATEWAY}/api/v1   (documented at ${GATEWAY}/api/docs)
  internal      verification :3101, ledger :3102, identity :3103 (each documents /docs;
                loopback only, and every call needs the gateway's service token)
  each also has /health/live, /health/ready and /metrics (the gateway's on :${GATEWAY_MANAGEMENT_PORT})
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
 * The key pair of the service tokens: the gateway signs with the private key, the services
 * check with the public one. Kept with the local servers, like identity's signing key.
 */
function serviceTokenKeys(path: string): { privateKey: string; publicKey: string } {
  const privateKey = signingKey(path);
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, publicKey };
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

async function untilReady(port: number): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const ready = await fetch(`http://localhost:${port}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the service on port ${port} did not become ready`);
}

/**
 * Demo Town and its resident Ana, who takes part in three activities and sees the points arrive
 * through the public API. Running it again adds another 40 points.
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
  await callJson(`${GATEWAY}/api/v1/tenants/${tenant}/sign-up`, { body: ana });
  const session = await callJson(`${GATEWAY}/api/v1/tenants/${tenant}/sessions`, {
    body: { email: ana.email, password: ana.password },
  });
  if (session.status !== 200) {
    throw new Error(`demo sign-in failed: ${JSON.stringify(session.body)}`);
  }
  const { accessToken, userId } = session.body as { accessToken: string; userId: string };
  const balance = async () =>
    (
      (await callJson(`${GATEWAY}/api/v1/me/balance`, { token: accessToken })).body as {
        balance: number;
      }
    ).balance;
  const before = await balance();
  for (const points of [10, 25, 5]) {
    const recorded = await callJson(`${VERIFICATION}/participations`, {
      headers: await asService('verification'),
      body: { tenantId: tenant, userId, activityId: randomUUID(), points, method: 'steward' },
    });
    if (recorded.status !== 201) {
      throw new Error(`demo participation failed: ${JSON.stringify(recorded.body)}`);
    }
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    const now = await balance();
    if (now === before + 40) {
      console.log(`
Demo data: ${ana.displayName} (${ana.email}, password ${ana.password}) of ${tenant} has ${now} points.
  curl -s -X POST ${GATEWAY}/api/v1/tenants/${tenant}/sessions -H 'content-type: application/json' \\
    -d '{"email":"${ana.email}","password":"${ana.password}"}'
  then: curl -s ${GATEWAY}/api/v1/me/balance -H "authorization: Bearer <accessToken>"`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the demo points did not reach the ledger');
}

main().catch((error) => {
  console.error(`start failed: ${(error as Error).message}`);
  process.exit(1);
});
