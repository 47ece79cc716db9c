import { Cluster, ServiceName } from '@citypoints/cluster';
import { findFreePorts, startOwnKafka, stopOwnKafka } from '@citypoints/local-infra';
import { callJson } from '@citypoints/platform/testing';
import { testConnection, uniqueName, waitFor } from '@citypoints/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Member, onceVerificationKnows, ON_THE_BEACH, Town, startWholeSystem } from './e2e-town';

// Issue 15's crash test, every service its own process, on a Kafka broker of its own: during a
// burst of 2,000 check-ins from 200 people through the gateway the ledger, then rankings, then
// verification are SIGKILLed and started again; during a second burst Kafka stops for 10 s.
// Phones retry with the same Idempotency-Key until answered. Afterwards every accepted check-in
// is credited exactly once, the boards equal the ledger's sums, and the ledger sums to zero.
describe('the whole system through crashes and a Kafka outage', () => {
  const PEOPLE = 200;
  const FIRST_BURST = 2_000;
  const SECOND_BURST = 600;
  const IN_FLIGHT = 20;
  const prefix = `${uniqueName('syscrash')}.`;
  const tenant = `crash-${randomUUID().slice(0, 8)}`;
  const kafkaDir = mkdtempSync(join(tmpdir(), 'citypoints-crash-kafka-'));
  let kafkaPorts: [number, number];
  let cluster: Cluster<ServiceName>;
  let town: Town;
  let ledgerDb: Client;

  beforeAll(async () => {
    kafkaPorts = (await findFreePorts(2)) as [number, number];
    const brokers = await startOwnKafka(kafkaDir, ...kafkaPorts);
    cluster = await startWholeSystem(prefix, {
      connection: { ...testConnection(), KAFKA_BROKERS: brokers },
    });
    town = new Town(tenant, cluster.services.gateway.url, cluster.services.identity.url);
    ledgerDb = new Client({ connectionString: cluster.services.ledger.databaseUrl });
    await ledgerDb.connect();
  }, 300_000);

  afterAll(async () => {
    await ledgerDb?.end();
    await cluster?.close();
    await stopOwnKafka(kafkaDir);
    rmSync(kafkaDir, { recursive: true, force: true });
  });

  /** One check-in as a phone makes it: again with the same key and body until answered. */
  async function checkIn(person: Member, code: string, counts: { retries: number }) {
    const key = randomUUID();
    const body = { code, position: ON_THE_BEACH, scannedAt: new Date().toISOString() };
    for (let attempt = 0; attempt < 1_200; attempt++) {
      const answer = await town.checkIn(person, body, key).catch(() => undefined);
      if (answer && answer.status < 500) return answer;
      counts.retries++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`a check-in of ${person.userId} was never answered`);
  }

  /** `total` check-ins, round the people and activities, `IN_FLIGHT` at a time. */
  async function burst(
    people: Member[],
    codes: string[],
    total: number,
    answered: (n: number) => Promise<void>,
  ) {
    const counts = { retries: 0 };
    const answers: Awaited<ReturnType<typeof checkIn>>[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < total) {
          const i = next++;
          answers.push(await checkIn(people[i % people.length], codes[i % codes.length], counts));
          await answered(answers.length);
        }
      }),
    );
    return { answers, retries: counts.retries };
  }

  /** Runs `step` once when `n` reaches `at` (a burst's progress). */
  const when = (at: number, step: () => Promise<void>) => {
    let done: Promise<void> | undefined;
    return async (n: number) => {
      if (n >= at && !done) done = step();
      if (done) await done;
    };
  };

  const kill = async (name: 'ledger' | 'rankings' | 'verification') => {
    cluster.services[name].process.kill('SIGKILL');
    await cluster.services[name].restart();
  };

  it('credits every accepted check-in once, and the boards and the books agree', async () => {
    await town.found('sv', 'Europe/Stockholm');
    const admin = await town.staff('tenant-admin');
    const activities = [];
    for (const [points, title] of [
      [5, 'Beach clean-up'],
      [3, 'Litter count'],
      [8, 'Dune planting'],
      [2, 'Bottle return'],
    ] as const) {
      activities.push(await town.publishActivity(admin, points, title));
    }
    const codes = activities.map((activity) => activity.code);
    const people: Member[] = [];
    for (let i = 0; i < PEOPLE; i += 20) {
      const wave = Array.from({ length: 20 }, (_, j) => town.resident(`resident${i + j}`));
      people.push(...(await Promise.all(wave)));
    }
    // Verification has heard of the tenant and every activity before the burst.
    for (const code of codes) {
      const first = await onceVerificationKnows(() =>
        town.checkIn(people[0], {
          code,
          position: ON_THE_BEACH,
          scannedAt: new Date().toISOString(),
        }),
      );
      expect(first.status).toBe(201);
    }

    const crashes = [
      when(400, () => kill('ledger')),
      when(900, () => kill('rankings')),
      when(1_400, () => kill('verification')),
    ];
    const first = await burst(people, codes, FIRST_BURST, async (n) => {
      for (const crash of crashes) await crash(n);
    });
    let outage = 0;
    const second = await burst(
      people,
      codes,
      SECOND_BURST,
      when(150, async () => {
        await stopOwnKafka(kafkaDir);
        const stoppedAt = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 10_000));
        await startOwnKafka(kafkaDir, ...kafkaPorts);
        outage = Date.now() - stoppedAt;
      }),
    );

    const answers = [...first.answers, ...second.answers];
    const accepted = answers.filter((answer) => answer.status === 201);
    const others = answers.filter((answer) => answer.status !== 201);
    // Every check-in is answered; the ones refused are refused by a rule, never lost.
    expect(others.map((answer) => answer.body.code)).toEqual([]);
    expect(new Set(accepted.map((answer) => answer.body.state))).toEqual(new Set(['verified']));
    const acceptedIds = accepted.map((answer) => answer.body.id as string);
    expect(new Set(acceptedIds).size).toBe(accepted.length);

    // Every accepted check-in credited once: the ledger's earn movements are exactly them
    // (and the four first check-ins).
    const earned = async () =>
      (
        await ledgerDb.query(
          `SELECT movement_id, account_id, amount FROM account_history
           WHERE tenant_id = $1 AND kind = 'earn' AND account_id NOT LIKE 'system:%'`,
          [tenant],
        )
      ).rows as { movement_id: string; account_id: string; amount: number }[];
    const credited = await waitFor(
      'every accepted check-in credited',
      async () => {
        const rows = await earned();
        return rows.length >= accepted.length + codes.length ? rows : undefined;
      },
      180_000,
    );
    // A moment more: a doubled credit would show now.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const settled = await earned();
    expect(settled.length).toBe(credited.length);
    const movements = new Set(settled.map((row) => row.movement_id));
    expect(movements.size).toBe(settled.length);
    for (const id of acceptedIds) expect(movements.has(`earn:${id}`)).toBe(true);
    expect(settled.length).toBe(accepted.length + codes.length);
    const points = new Map<string, number>();
    for (const row of settled)
      points.set(row.account_id, (points.get(row.account_id) ?? 0) + row.amount);

    // The ledger sums to zero, and each person's balance is what they earned.
    const sums = await ledgerDb.query(
      `SELECT sum(balance)::bigint AS total FROM account_balance WHERE tenant_id = $1`,
      [tenant],
    );
    expect(Number(sums.rows[0].total)).toBe(0);

    // Every board equals the ledger's sums: all time, this month and this week, as the
    // gateway answers them.
    for (const period of ['all', 'month', 'week']) {
      await waitFor(
        `the ${period} board to equal the ledger`,
        async () => {
          const board = new Map<string, number>();
          for (let offset = 0; offset < PEOPLE; offset += 100) {
            const { body } = await callJson(
              town.api(`/leaderboards/people?period=${period}&limit=100&offset=${offset}`),
              { token: admin.token },
            );
            for (const entry of body.entries ?? []) board.set(entry.userId, entry.score);
          }
          const equal =
            board.size === points.size &&
            [...points].every(([userId, score]) => board.get(userId) === score);
          return equal ? true : undefined;
        },
        120_000,
      );
    }
    console.log(
      JSON.stringify({
        checkIns: answers.length,
        accepted: accepted.length,
        retriedRequests: first.retries + second.retries,
        credited: settled.length,
        people: points.size,
        kafkaOutageMs: outage,
      }),
    );
  }, 900_000);
});
