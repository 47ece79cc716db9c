import { BonusAwarded, BonusAwardedV1, createEvent, PointsEarned } from '@citypoints/contracts';
import { boardsOf } from './boards-of';
import { scoreOf } from './score';

const ana = '0195f0c2-0000-7000-8000-00000000000a';
const fromLedger = { source: '/citypoints/ledger', tenantid: 'cascais' };

describe('boardsOf: the leaderboards a score of the ledger adds to', () => {
  const earned = (category?: 'culture') => {
    const event = createEvent(
      PointsEarned,
      {
        accountId: ana,
        participationId: '0195f0c2-0000-7000-8000-0000000000b1',
        points: 25,
        balance: 25,
        ...(category && { category }),
      },
      fromLedger,
    );
    // New Year's Eve, 23:30 in Lisbon: still 2026, week 2026-W53.
    return { ...event, time: '2026-12-31T23:30:00.000Z' };
  };

  it("adds an earn to each period's board of all points and of its category", () => {
    expect(boardsOf(scoreOf(earned('culture')), 'Europe/Lisbon')).toEqual(
      ['2026-W53', '2026-12', '2026', 'all'].flatMap((periodId) => [
        { scope: 'people', periodId, category: 'all' },
        { scope: 'people', periodId, category: 'culture' },
      ]),
    );
  });

  it("reads the periods on the tenant's calendar: Stockholm is already in 2027", () => {
    const periods = boardsOf(scoreOf(earned()), 'Europe/Stockholm').map((b) => b.periodId);
    expect(periods).toEqual(['2026-W53', '2027-01', '2027', 'all']);
  });

  it('adds an earn without a category, and a bonus, to the boards of all points only', () => {
    const bonus = createEvent<BonusAwardedV1>(
      BonusAwarded,
      {
        accountId: ana,
        scope: 'individual',
        period: '2026-W52',
        place: 1,
        points: 100,
        balance: 9,
      },
      fromLedger,
    );
    for (const event of [earned(), { ...bonus, time: '2026-12-31T23:30:00.000Z' }]) {
      const boards = boardsOf(scoreOf(event), 'Europe/Lisbon');
      expect(boards.map((board) => board.category)).toEqual(['all', 'all', 'all', 'all']);
    }
  });

  it('files an earn in the periods of its participation, not of its booking', () => {
    const event = earned('culture');
    // Scanned offline on Sunday 29 November at 23:50 in Lisbon, booked on Tuesday 1 December.
    const late = { ...event, data: { ...event.data, participatedAt: '2026-11-29T23:50:00.000Z' } };
    const periods = boardsOf(
      scoreOf({ ...late, time: '2026-12-01T08:00:00.000Z' }),
      'Europe/Lisbon',
    );
    expect(periods.filter((b) => b.category === 'all').map((b) => b.periodId)).toEqual([
      '2026-W48',
      '2026-11',
      '2026',
      'all',
    ]);
    expect(scoreOf(late).participatedAt).toEqual(new Date('2026-11-29T23:50:00.000Z'));
  });

  it('takes the person, points, time and id from the event, ids in lower case', () => {
    const event = earned('culture');
    expect(scoreOf({ ...event, id: event.id.toUpperCase() })).toEqual({
      eventId: event.id.toLowerCase(),
      tenantId: 'cascais',
      userId: ana,
      points: 25,
      earnedAt: new Date('2026-12-31T23:30:00.000Z'),
      kind: 'earned',
      category: 'culture',
    });
  });

  it('tells a bonus from the points of a participation', () => {
    const bonus = createEvent<BonusAwardedV1>(
      BonusAwarded,
      { accountId: ana, scope: 'group', period: '2026-12', place: 2, points: 50, balance: 75 },
      fromLedger,
    );
    expect(scoreOf(bonus)).toMatchObject({ kind: 'bonus', points: 50 });
    expect(scoreOf(bonus)).not.toHaveProperty('category');
  });
});
