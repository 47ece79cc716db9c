import { BonusAwarded, createEvent, LeaderboardPeriodClosed, Topics } from '@citypoints/contracts';
import { produceEvents } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';

describe('bonus: the ledger credits a closed leaderboard period', () => {
  const tenant = 'podium-town';
  let ledger: LedgerUnderTest;

  beforeAll(async () => {
    ledger = await startLedger();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  it('credits each place once, however often the period is reported closed', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const period = `2026-W${Math.floor(Math.random() * 52) + 1}`;
    const awards = [
      { place: 1, userId: first, points: 100 },
      { place: 2, userId: second, points: 50 },
    ];
    // Rankings may report a period again after a crash: a new event id, the same awards.
    const closed = () =>
      createEvent(
        LeaderboardPeriodClosed,
        { scope: 'individual', period, awards },
        { source: '/citypoints/rankings', tenantid: tenant },
      );
    const reports = [closed(), closed(), closed()];
    // Same key, so once the marker's bonus is out, every report before it has been handled.
    const marker = randomUUID();
    const markerPeriod = createEvent(
      LeaderboardPeriodClosed,
      { scope: 'individual', period: 'marker', awards: [{ place: 1, userId: marker, points: 1 }] },
      { source: '/citypoints/rankings', tenantid: tenant },
    );
    await produceEvents(
      ledger.topic(Topics.rankings),
      [...reports, markerPeriod],
      `${tenant}:individual`,
    );

    await ledger.published.waitFor(BonusAwarded, { accountId: marker });
    const [bonus] = ledger.published.matching(BonusAwarded, { accountId: first });

    expect(bonus.data).toEqual({
      accountId: first,
      scope: 'individual',
      period,
      place: 1,
      points: 100,
      balance: 100,
    });
    expect(bonus.causationid).toBe(reports[0].id);
    expect(ledger.published.matching(BonusAwarded, { accountId: first })).toHaveLength(1);
    expect(ledger.published.matching(BonusAwarded, { accountId: second })).toHaveLength(1);
    expect(await ledger.balance(tenant, first)).toBe(100);
    expect(await ledger.balance(tenant, second)).toBe(50);
  });

  const closing = (scope: 'individual' | 'group', period: string, awards: object[]) =>
    createEvent(
      LeaderboardPeriodClosed,
      { scope, period, awards },
      { source: '/citypoints/rankings', tenantid: tenant },
    );

  it('pays nobody twice when a period is closed again with corrected places', async () => {
    const [ana, rui, marker] = [randomUUID(), randomUUID(), randomUUID()];
    const period = `2026-R${Math.floor(Math.random() * 1000)}`;
    await produceEvents(
      ledger.topic(Topics.rankings),
      [
        closing('individual', period, [
          { place: 1, userId: ana, points: 100 },
          { place: 2, userId: rui, points: 50 },
        ]),
        // Corrected: Rui was first after all.
        closing('individual', period, [
          { place: 1, userId: rui, points: 100 },
          { place: 2, userId: ana, points: 50 },
        ]),
        closing('individual', `${period}-marker`, [{ place: 1, userId: marker, points: 1 }]),
      ],
      `${tenant}:individual`,
    );
    await ledger.published.waitFor(BonusAwarded, { accountId: marker });

    expect(ledger.published.matching(BonusAwarded, { accountId: ana })).toHaveLength(1);
    expect(ledger.published.matching(BonusAwarded, { accountId: rui })).toHaveLength(1);
    expect(await ledger.balance(tenant, ana)).toBe(100);
    expect(await ledger.balance(tenant, rui)).toBe(50);
  });

  it('pays a person once per period at their best place, and again for the next period', async () => {
    const person = randomUUID();
    await produceEvents(
      ledger.topic(Topics.rankings),
      [
        closing('group', '2026-10', [
          { place: 3, userId: person, points: 10 },
          { place: 1, userId: person, points: 30 },
        ]),
        closing('group', '2026-11', [{ place: 2, userId: person, points: 20 }]),
      ],
      `${tenant}:group`,
    );
    const bonuses = await ledger.published.waitFor(BonusAwarded, { accountId: person }, 2);
    expect(bonuses.map((event) => event.data)).toEqual([
      expect.objectContaining({ period: '2026-10', place: 1, points: 30, balance: 30 }),
      expect.objectContaining({ period: '2026-11', place: 2, points: 20, balance: 50 }),
    ]);
    expect(await ledger.balance(tenant, person)).toBe(50);
  });

  it('pays no bonus again for a period paid when bonuses were keyed by place', async () => {
    const person = randomUUID();
    await ledger.open(tenant, person);
    await ledger.db.transaction((tx) =>
      ledger.ledger.record(
        {
          id: `bonus:individual:2025-W07:2:${person}`,
          tenantId: tenant,
          kind: 'bonus',
          from: 'system:points-issued',
          to: person,
          amount: 50,
          reason: 'place 2 on the individual leaderboard of 2025-W07',
          correlationId: randomUUID(),
        },
        tx,
      ),
    );
    const marker = randomUUID();
    await produceEvents(
      ledger.topic(Topics.rankings),
      [
        closing('individual', '2025-W07', [{ place: 1, userId: person, points: 100 }]),
        closing('individual', '2025-W07-marker', [{ place: 1, userId: marker, points: 1 }]),
      ],
      `${tenant}:individual`,
    );
    await ledger.published.waitFor(BonusAwarded, { accountId: marker });
    expect(await ledger.balance(tenant, person)).toBe(50);
  });

  it("leaves a staff member's award out and pays the period's other awards", async () => {
    const [verifier, citizen] = [randomUUID(), randomUUID()];
    await ledger.open(tenant, verifier, 'staff');
    await produceEvents(
      ledger.topic(Topics.rankings),
      [
        closing('individual', '2026-W30', [
          { place: 1, userId: verifier, points: 100 },
          { place: 2, userId: citizen, points: 50 },
        ]),
      ],
      `${tenant}:individual`,
    );
    await ledger.published.waitFor(BonusAwarded, { accountId: citizen });
    expect(ledger.published.matching(BonusAwarded, { accountId: verifier })).toHaveLength(0);
    expect(await ledger.balance(tenant, verifier)).toBe(0);
  });
});
