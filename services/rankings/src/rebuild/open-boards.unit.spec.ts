import { boardsOf } from '../scores/boards-of';
import { Score } from '../scores/score';
import { OpenBoards } from './open-boards';

const score = (at: number, category?: 'social', participatedAt?: number): Score => ({
  eventId: 'e1',
  tenantId: 't1',
  userId: 'ana',
  points: 1,
  earnedAt: new Date(at),
  kind: 'earned',
  ...(category && { category }),
  ...(participatedAt !== undefined && { participatedAt: new Date(participatedAt) }),
});

describe("OpenBoards: a tenant's boardsOf, remembered while the periods stay the same", () => {
  it.each(['Europe/Stockholm', 'America/Sao_Paulo', 'Pacific/Chatham', 'UTC'])(
    'gives boardsOf in %s for instants back and forth across weeks, months, years and clock changes',
    (timeZone) => {
      const boards = new OpenBoards(timeZone);
      let seed = 7;
      const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
      const start = Date.parse('2026-12-20T00:00:00Z');
      for (let i = 0; i < 3000; i++) {
        const at = start + next(120 * 86_400_000);
        // A third were made offline, up to a week before they were booked.
        const took = next(3) === 0 ? at - next(7 * 86_400_000) : undefined;
        const given = score(at, next(2) ? 'social' : undefined, took);
        expect(boards.of(given)).toEqual(boardsOf(given, timeZone));
      }
    },
  );

  it("leaves out the boards of the tenant's closed periods", () => {
    const boards = new OpenBoards('Europe/Stockholm', new Set(['2027-W12', '2026']));
    const given = score(Date.parse('2027-03-28T10:00:00Z'), 'social');
    expect(boards.of(given).map((b) => `${b.periodId}:${b.category}`)).toEqual([
      '2027-03:all',
      '2027-03:social',
      '2027:all',
      '2027:social',
      'all:all',
      'all:social',
    ]);
  });
});
