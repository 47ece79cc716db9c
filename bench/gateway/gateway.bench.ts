// An authenticated GET /api/v1/me/balance through the gateway (token check, rate limit in
// Redis, forwarding to the ledger) against a bare Node HTTP server doing the same Postgres
// read, and the ledger's internal API in between. Every server runs as its own process; the
// load comes from this one. Prints JSON on stdout.
import 'reflect-metadata';
import { waitFor } from '@citypoints/testing';
import { callJson, serviceAuthorization, Town } from '@citypoints/platform/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'undici';
import { startGatewayBenchCluster } from '../bench-cluster';
import { benchServers } from '../bench-database';
import { measure, round } from '../measure';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TENANT = 'bench-town';

async function main(): Promise<void> {
  const cleanup: (() => Promise<unknown>)[] = [];
  try {
    const { servers, close } = await benchServers();
    cleanup.push(close);
    const cluster = await startGatewayBenchCluster(servers);
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
  const town = new Town(TENANT, gatewayUrl, identityUrl);
  await town.found();
  const admin = await town.staff('tenant-admin');
  const citizen = await town.resident('Ana');
  const adjustment = { adjustmentId: randomUUID(), points: 120, reason: 'welcome bonus' };
  await waitFor('the ledger to open the account', async () => {
    const { status } = await callJson(town.api(`/accounts/${citizen.userId}/adjustments`), {
      body: adjustment,
      token: admin.token,
    });
    return status === 200 ? true : undefined;
  });
  return { userId: citizen.userId, token: citizen.token, balance: 120 };
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
