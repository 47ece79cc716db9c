// QR + GPS check-ins through the gateway (token, rate limit, verification's judgement, its
// outbox, Kafka, the ledger's earn and projections, Kafka again, rankings' boards) until the
// points show on the person's all-time board (and, on the way, in their balance), against the raw chain of ../raw-earn-chain.ts (kafkajs produce → consume → INSERT)
// on the same servers in the same run. PEOPLE residents take turns: each check-in (or raw
// message) waits until its points (or row) can be read, polled every POLL_MS, so that a
// latency is from the request to the points being visible. Every server runs as its own
// process; the load comes from this one. Prints JSON on stdout.
import 'reflect-metadata';
import { Topics } from '@citypoints/contracts';
import { createKafka } from '@citypoints/messaging';
import { BEACH, Member, Town } from '@citypoints/platform/testing';
import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { Pool as PgPool } from 'pg';
import { Pool } from 'undici';
import { startGatewayBenchCluster } from '../bench-cluster';
import { benchServers } from '../bench-database';
import { measure, percentiles, round } from '../measure';
import { participationMessage, partitionCount, startRawEarnChain } from '../raw-earn-chain';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1000);
const POLL_MS = Number(process.env.BENCH_POLL_MS ?? 10);
/** Sign-ups and sign-ins at once: each hashes a password (Argon2id) in identity. */
const SIGN_UP_CONCURRENCY = 8;
const TENANT = 'bench-town';
const POINTS = 10;

/** A resident, the points they should have by now, and whether a check-in of theirs is out. */
type Resident = Member & { credited: number; busy: boolean };

async function main(): Promise<void> {
  // Each resident has one check-in out at a time, so that a balance past it shows a double.
  if (PEOPLE < CONCURRENCY) throw new Error('BENCH_PEOPLE must be at least BENCH_CONCURRENCY');
  const cleanup: (() => Promise<unknown>)[] = [];
  try {
    const { servers, close } = await benchServers();
    cleanup.push(close);
    const cluster = await startGatewayBenchCluster(servers);
    cleanup.push(() => cluster.close());
    const { identity, ledger, gateway } = cluster.services;

    const town = new Town(TENANT, gateway.url, identity.url);
    await town.found();
    const admin = await town.staff('tenant-admin');
    const { code } = await town.publishActivity(admin, POINTS, 'Beach clean-up', ['qr-gps']);
    const started = performance.now();
    const people = await inParallel<Resident>(PEOPLE, SIGN_UP_CONCURRENCY, async (i) => ({
      ...(await town.resident(`Resident ${i}`)),
      credited: 0,
      busy: false,
    }));
    process.stderr.write(
      `${PEOPLE} residents in ${round((performance.now() - started) / 1000)} s\n`,
    );

    const api = new Pool(gateway.url, { connections: CONCURRENCY });
    cleanup.push(() => api.close());
    await untilVerificationKnows(api, code, await town.resident('Warm-up'));
    // The ledger opens an account when it hears of the person: wait for every one of them.
    await inParallel(PEOPLE, CONCURRENCY, (i) =>
      waitFor('the ledger to open every account', async () =>
        (await balance(api, people[i])) === 0 ? true : undefined,
      ),
    );

    let turn = 0;
    const answered: number[] = [];
    const toBalance: number[] = [];
    const checkIns = await measure(CONCURRENCY, SECONDS * 1000, async () => {
      let person: Resident;
      do person = people[turn++ % PEOPLE];
      while (person.busy);
      person.busy = true;
      const sent = performance.now();
      const answer = await checkIn(api, person, code);
      if (answer.statusCode !== 201) {
        throw new Error(`a check-in answered ${answer.statusCode}: ${answer.body}`);
      }
      answered.push(performance.now() - sent);
      const expected = (person.credited += POINTS);
      await until(async () => {
        const now = await balance(api, person);
        if (now > expected) throw new Error(`a balance rose past ${expected} to ${now}`);
        return now === expected;
      });
      toBalance.push(performance.now() - sent);
      await until(async () => {
        const now = await boardScore(api, person);
        if (now > expected) throw new Error(`a board score rose past ${expected} to ${now}`);
        return now === expected;
      });
      person.busy = false;
      return 1;
    });
    process.stderr.write(`check-ins: ${checkIns.perSecond}/s\n`);

    const topic = cluster.prefix + Topics.verification;
    const raw = await rawChain(servers.KAFKA_BROKERS, ledger.databaseUrl as string, topic, people);
    process.stderr.write(`raw chain: ${raw.perSecond}/s\n`);
    // Read again a raw chain's run after: a check-in credited twice would show by now.
    const balances = await inParallel(PEOPLE, CONCURRENCY, (i) => balance(api, people[i]));
    const creditedOnce = balances.every((points, i) => points === people[i].credited);
    const figures = ({ perSecond, p50Ms, p99Ms, items }: Awaited<ReturnType<typeof measure>>) => ({
      perSecond,
      p50Ms,
      p99Ms,
      count: items,
    });
    const answer = percentiles(answered);
    const balanceShown = percentiles(toBalance);
    console.log(
      JSON.stringify(
        {
          benchmark: 'checkin/qr-gps-to-board',
          people: PEOPLE,
          seconds: SECONDS,
          concurrency: CONCURRENCY,
          pollMs: POLL_MS,
          partitions: raw.partitions,
          checkIns: {
            ...figures(checkIns),
            answerP50Ms: answer.p50Ms,
            answerP99Ms: answer.p99Ms,
            balanceP50Ms: balanceShown.p50Ms,
            balanceP99Ms: balanceShown.p99Ms,
            creditedOnce,
          },
          rawChain: figures(raw),
          ratio: round(checkIns.perSecond / raw.perSecond),
          p50Ratio: round(checkIns.p50Ms / raw.p50Ms),
          p99Ratio: round(checkIns.p99Ms / raw.p99Ms),
        },
        null,
        2,
      ),
    );
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

function checkIn(api: Pool, person: Member, code: string) {
  const body = { code, position: { ...BEACH, accuracy: 10 }, scannedAt: new Date().toISOString() };
  return api
    .request({
      method: 'POST',
      path: '/api/v1/check-ins',
      headers: {
        authorization: `Bearer ${person.token}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify(body),
    })
    .then(async (answer) => ({ statusCode: answer.statusCode, body: await answer.body.text() }));
}

/** The person's balance, or -1 while the ledger has no account of theirs. */
async function balance(api: Pool, person: Member): Promise<number> {
  const answer = await api.request({
    method: 'GET',
    path: '/api/v1/me/balance',
    headers: { authorization: `Bearer ${person.token}` },
  });
  const body = (await answer.body.json()) as { balance: number };
  return answer.statusCode === 200 ? body.balance : -1;
}

/** The person's score on the tenant's all-time people board, 0 while they are not on it. */
async function boardScore(api: Pool, person: Member): Promise<number> {
  const answer = await api.request({
    method: 'GET',
    path: '/api/v1/leaderboards/people/me?period=all',
    headers: { authorization: `Bearer ${person.token}` },
  });
  const body = (await answer.body.json()) as { entry?: { score: number } };
  return answer.statusCode === 200 ? (body.entry?.score ?? 0) : 0;
}

/**
 * Until verification has heard of the tenant and the activity: check-ins are refused with 409
 * unknown-tenant or 422 unknown-activity (storing nothing) until then.
 */
async function untilVerificationKnows(api: Pool, code: string, person: Member) {
  await waitFor('verification to accept a check-in', async () => {
    const answer = await checkIn(api, person, code);
    if (answer.statusCode === 201) return true;
    if (![409, 422].includes(answer.statusCode)) {
      throw new Error(`the first check-in answered ${answer.statusCode}: ${answer.body}`);
    }
    return undefined;
  });
}

/** The raw chain: a participation of each person in turn, until its row can be read. */
async function rawChain(brokers: string, databaseUrl: string, topic: string, people: Member[]) {
  const kafka = createKafka('bench-checkin', brokers.split(','));
  const chain = await startRawEarnChain(kafka, databaseUrl, topic);
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const db = new PgPool({ connectionString: databaseUrl, max: CONCURRENCY });
  try {
    await producer.connect();
    // The ledger has its processed messages' key (consumer group, event id) as an index too.
    await db.query('CREATE INDEX ON raw_processed_messages (event_id)');
    let turn = 0;
    const figures = await measure(CONCURRENCY, SECONDS * 1000, async () => {
      const message = participationMessage(TENANT, people[turn++ % PEOPLE].userId, POINTS);
      const eventId = String(message.headers?.ce_id);
      await producer.send({ topic: chain.topic, acks: -1, messages: [message] });
      await until(async () => {
        const { rowCount } = await db.query(
          'SELECT 1 FROM raw_processed_messages WHERE event_id = $1',
          [eventId],
        );
        return rowCount === 1;
      });
      return 1;
    });
    return { ...figures, partitions: await partitionCount(kafka, topic) };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await chain.close().catch(() => undefined);
    await db.end().catch(() => undefined);
  }
}

/** Polls `done` every POLL_MS until it holds (a minute at most). */
async function until(done: () => Promise<boolean>): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error('not visible after a minute');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** `make(0 … count - 1)`, `concurrency` at a time, in order. */
async function inParallel<T>(
  count: number,
  concurrency: number,
  make: (i: number) => Promise<T>,
): Promise<T[]> {
  const made: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        made[i] = await make(i);
      }
    }),
  );
  return made;
}

main().catch((error) => {
  console.error(`benchmark failed: ${(error as Error).message}`);
  process.exit(1);
});
