// The README's run command: local servers (npm run infra:up), one database per service, the
// services, and demo data. Ctrl-C stops the services; `npm run infra:down` stops the servers.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, workspaceRoot } from '@citypoints/local-infra';

const services = [
  { name: 'verification', port: 3101 },
  { name: 'ledger', port: 3102 },
];

async function main(): Promise<void> {
  const root = workspaceRoot();
  const up = spawnSync('npm', ['run', '--silent', 'infra:up'], { cwd: root, stdio: 'inherit' });
  if (up.status !== 0) process.exit(up.status ?? 1);
  const connection = readEnvFile(join(root, '.infra/local/connection.env'));

  const children: ChildProcess[] = [];
  for (const service of services) {
    const databaseUrl = await createDatabase(connection.DATABASE_URL, `citypoints_${service.name}`);
    children.push(
      spawn('node', ['-r', '@swc-node/register', `services/${service.name}/src/main.ts`], {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...connection,
          DATABASE_URL: databaseUrl,
          PORT: String(service.port),
        },
      }),
    );
  }
  const stop = () => children.forEach((child) => child.kill('SIGTERM'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await Promise.all(services.map((service) => untilReady(service.port)));
  await seedDemoData();
  console.log(`
City Points is running:
  verification  http://localhost:3101  (POST /participations)
  ledger        http://localhost:3102  (GET /tenants/:tenant/accounts/:account/balance)
  each also has /health/live, /health/ready and /metrics
Ctrl-C stops the services; npm run infra:down stops Postgres, Redis and Kafka.`);
}

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

/** A resident of the demo town takes part in three activities and sees the points arrive. */
async function seedDemoData(): Promise<void> {
  const tenantId = 'demo-town';
  const userId = randomUUID();
  for (const points of [10, 25, 5]) {
    const response = await fetch('http://localhost:3101/participations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        tenantId,
        userId,
        activityId: randomUUID(),
        points,
        method: 'steward',
      }),
    });
    if (!response.ok) throw new Error(`demo participation failed: ${await response.text()}`);
  }
  const balanceUrl = `http://localhost:3102/tenants/${tenantId}/accounts/${userId}/balance`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const { balance } = (await (await fetch(balanceUrl)).json()) as { balance: number };
    if (balance === 40) {
      console.log(`Demo data: resident ${userId} of ${tenantId} earned 40 points (${balanceUrl})`);
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
