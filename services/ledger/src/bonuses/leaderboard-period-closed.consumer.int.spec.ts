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
    expect(await ledger.ledger.balance(tenant, first)).toBe(100);
    expect(await ledger.ledger.balance(tenant, second)).toBe(50);
  });

  it('credits the same person for two places of one period, and for the next period', async () => {
    const person = randomUUID();
    const close = (period: string, places: number[]) =>
      createEvent(
        LeaderboardPeriodClosed,
        {
          scope: 'group',
          period,
          awards: places.map((place) => ({ place, userId: person, points: 10 })),
        },
        { source: '/citypoints/rankings', tenantid: tenant },
      );
    await produceEvents(
      ledger.topic(Topics.rankings),
      [close('2026-10', [1, 3]), close('2026-11', [1])],
      `${tenant}:group`,
    );
    await ledger.published.waitFor(BonusAwarded, { accountId: person }, 3);
    expect(await ledger.ledger.balance(tenant, person)).toBe(30);
  });
});
