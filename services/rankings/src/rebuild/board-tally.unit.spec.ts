import { BoardRef } from '../core/rankings-keys';
import { Score, ScoreKind } from '../scores/score';
import { BoardTally } from './board-tally';

const week: BoardRef = { scope: 'people', periodId: '2027-W13', category: 'all' };
const allTime: BoardRef = { scope: 'people', periodId: 'all', category: 'all' };
let ids = 0;

function score(userId: string, points: number, at: number, kind: ScoreKind = 'earned'): Score {
  return {
    eventId: `event-${++ids}`,
    tenantId: 't1',
    userId,
    points,
    earnedAt: new Date(at),
    kind: points < 0 ? 'reversal' : kind,
  };
}

const entries = (tally: BoardTally, ref: BoardRef = week) =>
  Object.fromEntries(tally.people.get(`${ref.periodId}:${ref.category}`)?.entries ?? []);
const group = (tally: BoardTally) => tally.groups.get(`${week.periodId}:${week.category}`);

describe('BoardTally: the scoring script summed in memory', () => {
  it("adds a person's points to each board, the entry reached at the latest change", () => {
    const tally = new BoardTally();
    tally.add(score('ana', 5, 2000), [week, allTime], [], 1);
    tally.add(score('ana', 3, 1000), [week, allTime], [], 1);
    expect(entries(tally)).toEqual({ ana: { score: 8, instant: 2000 } });
    expect(entries(tally, allTime)).toEqual({ ana: { score: 8, instant: 2000 } });
  });

  it('counts a redelivered event once and keeps its id as applied', () => {
    const tally = new BoardTally();
    const once = score('ana', 5, 1000);
    expect(tally.add(once, [week], [], 1)).toBe('added');
    expect(tally.add(once, [week], [], 1)).toBe('duplicate');
    expect(entries(tally)).toEqual({ ana: { score: 5, instant: 1000 } });
    expect([...tally.applied]).toEqual([once.eventId]);
  });

  it('lowers a score by a reversal down to 0, keeps the 0, and creates no entry by one', () => {
    const tally = new BoardTally();
    tally.add(score('ana', 5, 1000), [week], [], 1);
    tally.add(score('ana', -8, 3000), [week], [], 1);
    tally.add(score('ana', -2, 4000), [week], [], 1);
    tally.add(score('bo', -2, 4000), [week], [], 1);
    expect(entries(tally)).toEqual({ ana: { score: 0, instant: 3000 } });
  });

  it("adds to the groups' totals and takes back by a reversal at most what the member gave", () => {
    const tally = new BoardTally();
    tally.add(score('ana', 10, 1000), [week], ['g1', 'g2'], 1);
    tally.add(score('bo', 4, 2000), [week], ['g1'], 1);
    tally.add(score('ana', -15, 3000), [week], ['g1'], 1);
    const board = group(tally);
    expect(Object.fromEntries(board?.total ?? [])).toEqual({
      g1: { score: 4, instant: 3000 },
      g2: { score: 10, instant: 1000 },
    });
    expect(Object.fromEntries(board?.contributions.get('g1') ?? [])).toEqual({ ana: 0, bo: 4 });
  });

  it('counts earners once as active members, not bonus takers, and averages over them', () => {
    const tally = new BoardTally();
    tally.add(score('ana', 10, 1000), [week], ['g1'], 2);
    tally.add(score('ana', 2, 1500), [week], ['g1'], 2);
    tally.add(score('bo', 8, 2000, 'bonus'), [week], ['g1'], 2);
    expect(group(tally)?.average.size).toBe(0);
    tally.add(score('cy', 4, 3000), [week], ['g1'], 2);
    const board = group(tally);
    expect([...(board?.active ?? [])]).toEqual(['g1:ana', 'g1:cy']);
    expect(Object.fromEntries(board?.counts ?? [])).toEqual({ g1: 2 });
    expect(Object.fromEntries(board?.average ?? [])).toEqual({ g1: { score: 12, instant: 3000 } });
  });

  it('keeps the instant of an average that a change leaves equal', () => {
    const tally = new BoardTally();
    tally.add(score('ana', 6, 1000), [week], ['g1'], 1);
    tally.add(score('bo', 6, 2000), [week], ['g1'], 1);
    expect(Object.fromEntries(group(tally)?.average ?? [])).toEqual({
      g1: { score: 6, instant: 1000 },
    });
  });

  it('adds nothing to groups when the person has none', () => {
    const tally = new BoardTally();
    tally.add(score('ana', 6, 1000), [week], [], 1);
    expect(tally.groups.size).toBe(0);
  });
});
