// An authenticated GET /api/v1/me/balance through the gateway (token check, rate limit in
// Redis, forwarding to the ledger) against a bare Node HTTP server doing the same Postgres
// read, and the ledger's internal API in between. Every server runs as its own process; the
// load comes from this one. Prints JSON on stdout.
import 'reflect-metadata';
import { startServices, testSecrets } from '@citypoints/cluster';
import {
  createDatabase,
  dropDatabase,
  findFreePorts,
  startStack,
  stopStack,
} from '@citypoints/local-infra';
import { provideServiceKeys, waitFor } from '@citypoints/testing';
import { serviceAuthorization } from '@citypoints/platform/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { measure, round } from '../measure';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const PASSWORD = 'correct horse battery';
const TENANT = 'bench-town';

interface Connection {
  DATABASE_URL: string;
  REDIS_URL: string;
  KAFKA_BROKERS: string;
}

async function main(): Promise<void> {
  const cleanup: (() => Promise<unknown>)[] = [];
  try {
    const connection = await servers(cleanup);
    const run = randomUUID().slice(0, 8);
    provideServiceKeys();
    const cluster = await startServices(['identity', 'ledger', 'gateway'], {
      connection,
      databases: async (service) => {
        const name = `bench_${service}_${run}`;
        return {
          url: await createDatabase(connection.DATABASE_URL, name),
          drop: () => dropDatabase(connection.DATABASE_URL, name),
        };
      },
      ports: 'free',
      secrets: testSecrets(),
      prefix: `bench.${run}.`,
      env: { gateway: { RATE_LIMIT_PERSON: '1000000000', RATE_LIMIT_IP: '1000000000' } },
    });
    cleanup.push(() => cluster.close());
    const { identity, ledger, gateway } = cluster.services;
    const raw = await startRawServer(ledger.databaseUrl as string);
    cleanup.push(async () => raw.kill('SIGTERM'));

    const citizen = await aCitizenWithPoints(identity.url, gateway.url);
    const cases = {
      gateway: load(gateway.url, '/api/v1/me/balance', {
        authorization: `Bearer ${citizen.token}`,
      }),
      ledgerInternal: load(ledger.url, `/tenants/${TENANT}/accounts/${citizen.userId}/balance`, {
        authorization: await serviceAuthorization('ledger'),
      }),
      rawBaseline: load(`http://127.0.0.1:${raw.port}`, `/balance/${TENANT}/${citizen.userId}`),
    };
    const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
    for (const [name, operation] of Object.entries(cases)) {
      await operation.check(citizen.balance);
      results[name] = await measure(CONCURRENCY, SECONDS * 1000, operation.run);
      process.stderr.write(`${name}: ${results[name].perSecond} requests/s\n`);
      await operation.close();
    }
    const figures = (name: string) => ({
      requestsPerSecond: results[name].perSecond,
      p50Ms: results[name].p50Ms,
      p99Ms: results[name].p99Ms,
      requests: results[name].items,
    });
    console.log(
      JSON.stringify(
        {
          benchmark: 'gateway/me-balance',
          seconds: SECONDS,
          concurrency: CONCURRENCY,
          gateway: figures('gateway'),
          ledgerInternal: figures('ledgerInternal'),
          rawBaseline: figures('rawBaseline'),
          ratio: round(results.gateway.perSecond / results.rawBaseline.perSecond),
          p99Ratio: round(results.gateway.p99Ms / results.rawBaseline.p99Ms),
        },
        null,
        2,
      ),
    );
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

/** The servers DATABASE_URL, REDIS_URL and KAFKA_BROKERS name, else local ones for the run. */
async function servers(cleanup: (() => Promise<unknown>)[]): Promise<Connection> {
  const { DATABASE_URL, REDIS_URL, KAFKA_BROKERS } = process.env;
  if (DATABASE_URL && REDIS_URL && KAFKA_BROKERS) return { DATABASE_URL, REDIS_URL, KAFKA_BROKERS };
  const dir = mkdtempSync(join(tmpdir(), 'citypoints-bench-'));
  const [postgres, redis, kafka, kafkaController] = await findFreePorts(4);
  cleanup.push(async () => {
    await stopStack(dir);
    rmSync(dir, { recursive: true, force: true });
  });
  const stack = await startStack({
    dir,
    ports: { postgres, redis, kafka, kafkaController },
    durable: true,
  });
  return stack.connection;
}

async function startRawServer(databaseUrl: string): Promise<ChildProcess & { port: number }> {
  const child = spawn(
    'node',
    ['-r', '@swc-node/register', join(__dirname, 'raw-balance-server.ts')],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (chunk) => resolve(Number(String(chunk).trim())));
    child.once('exit', (code) => reject(new Error(`the raw server exited with ${code}`)));
  });
  return Object.assign(child, { port });
}

async function aCitizenWithPoints(identityUrl: string, gatewayUrl: string) {
  const post = async (url: string, body: object, token?: string) => {
    const internal = url.startsWith(identityUrl);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
        ...(internal && { authorization: await serviceAuthorization('identity') }),
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json().catch(() => ({}))) as Record<string, string>,
    };
  };
  await post(`${identityUrl}/tenants`, {
    slug: TENANT,
    name: 'Bench',
    defaultLocale: 'pt',
    timeZone: 'Europe/Lisbon',
  });
  const signIn = async (email: string) =>
    (await post(`${gatewayUrl}/api/v1/tenants/${TENANT}/sessions`, { email, password: PASSWORD }))
      .body;
  const adminEmail = `${randomUUID()}@example.org`;
  await post(`${identityUrl}/tenants/${TENANT}/people`, {
    email: adminEmail,
    password: PASSWORD,
    displayName: 'Admin',
    role: 'tenant-admin',
  });
  const email = `${randomUUID()}@example.org`;
  await post(`${gatewayUrl}/api/v1/tenants/${TENANT}/sign-up`, {
    email,
    password: PASSWORD,
    displayName: 'Ana',
  });
  const [admin, citizen] = [await signIn(adminEmail), await signIn(email)];
  const adjustment = { adjustmentId: randomUUID(), points: 120, reason: 'welcome bonus' };
  await waitFor('the ledger to open the account', async () => {
    const { status } = await post(
      `${gatewayUrl}/api/v1/accounts/${citizen.userId}/adjustments`,
      adjustment,
      admin.accessToken,
    );
    return status === 200 ? true : undefined;
  });
  return { userId: citizen.userId, token: citizen.accessToken, balance: 120 };
}

/** GETs `path` on kept-alive connections, one per worker. */
function load(origin: string, path: string, headers: Record<string, string> = {}) {
  const pool = new Pool(origin, { connections: CONCURRENCY, pipelining: 1 });
  const get = async () => {
    const response = await pool.request({ method: 'GET', path, headers });
    const body = (await response.body.json()) as { balance: number };
    if (response.statusCode !== 200) throw new Error(`${origin}${path}: ${response.statusCode}`);
    return body;
  };
  return {
    check: async (balance: number) => {
      const body = await get();
      if (body.balance !== balance) throw new Error(`${origin} answered ${JSON.stringify(body)}`);
    },
    run: async () => {
      await get();
      return 1;
    },
    close: () => pool.close(),
  };
}

main().catch((error) => {
  console.error(`benchmark failed: ${(error as Error).message}`);
  process.exit(1);
});
