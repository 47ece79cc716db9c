// The raw baseline of gateway.bench.ts: a bare Node HTTP server answering GET
// /balance/<tenant>/<account> with the same JSON and the same Postgres read as the ledger, and
// nothing else (no token, no rate limit, no framework). Prints its port when listening.
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const server = createServer(async (request, response) => {
  const [, , tenant, account] = (request.url ?? '').split('/');
  const { rows } = await pool.query<{ balance: string }>(
    'SELECT balance FROM account_balance WHERE tenant_id = $1 AND account_id = $2',
    [tenant, account],
  );
  const body = JSON.stringify({ accountId: account, balance: Number(rows[0]?.balance ?? 0) });
  response.writeHead(200, { 'content-type': 'application/json' }).end(body);
});

server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
