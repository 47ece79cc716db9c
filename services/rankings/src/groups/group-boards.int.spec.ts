import { ACTIVITY_CATEGORIES, CloudEvent } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { waitFor } from '@citypoints/testing';
import { GroupBoardRef } from '../core/rankings-keys';
import { TenantTimeZones } from '../core/tenant-time-zones.store';
import { boardsOf } from '../scores/boards-of';
import { scoreOf } from '../scores/score';
import { foundedGroup, membershipChanged } from '../testing/group-events';
import { groupBoard, groupMembers, publishGroupEvents } from '../testing/group-boards';
import {
  bonusAwarded,
  pointsAdjusted,
  pointsEarned,
  tenantSettings,
} from '../testing/ledger-events';
import { RankingsUnderTest, startRankings } from '../testing/start-rankings';

describe('group boards: what members earned while members, each event once', () => {
  let rankings: RankingsUnderTest;
  const allTime: GroupBoardRef = { periodId: 'all', category: 'all' };

  beforeAll(async () => {
    rankings = await startRankings();
  });

  afterAll(async () => {
    await rankings?.close();
  });

  /** Publishes the ledger's events under one key and waits until the last is applied. */
  async function credit(tenant: string, events: CloudEvent[]) {
    await rankings.publish(events, tenant);
    await rankings.applied(events[events.length - 1]);
  }

  it("counts a member's points from joining until leaving, and again after a rejoin", async () => {
    const tenant = 'member-town';
    await rankings.settle(tenant, 'Europe/Lisbon');
    const [ana, bea] = [randomUUID(), randomUUID()];
    const team = foundedGroup(tenant, bea, '2027-03-01T08:00:00Z');
    const member = (change: 'joined' | 'left', time: string) =>
      membershipChanged(change, tenant, team.groupId, ana, time);
    await publishGroupEvents(
      rankings,
      [
        ...team.events,
        member('joined', '2027-03-02T08:00:00Z'),
        member('left', '2027-03-10T08:00:00Z'),
        member('joined', '2027-03-20T08:00:00Z'),
      ],
      tenant,
    );

    await credit(tenant, [
      pointsEarned(tenant, ana, 5, '2027-03-01T12:00:00Z'), // before joining
      pointsEarned(tenant, ana, 10, '2027-03-02T08:00:00.000Z'), // the instant of joining
      pointsEarned(tenant, ana, 20, '2027-03-10T08:00:00.000Z'), // the instant of leaving
      pointsEarned(tenant, ana, 40, '2027-03-15T12:00:00Z'), // away
      pointsEarned(tenant, ana, 80, '2027-03-21T12:00:00Z', 'culture'), // back
      bonusAwarded(tenant, bea, 7, '2027-03-05T12:00:00Z'),
    ]);

    const people = await rankings.board(tenant, { scope: 'people', ...allTime });
    expect(people).toEqual({ [ana]: 155, [bea]: 7 });
    for (const periodId of ['all', '2027-03', '2027']) {
      const board = { periodId, category: 'all' } as const;
      expect(await groupBoard(rankings, tenant, board, 'total')).toEqual({ [team.groupId]: 97 });
      // A bonus adds to the group, but only a participation makes its member active.
      expect(await groupMembers(rankings, tenant, board, team.groupId)).toEqual({
        contributions: { [ana]: 90, [bea]: 7 },
        active: [ana],
        activeCount: 1,
      });
      // One active member is fewer than the average board's minimum (3).
      expect(await groupBoard(rankings, tenant, board, 'average')).toEqual({});
    }
    const culture = { periodId: 'all', category: 'culture' } as const;
    expect(await groupBoard(rankings, tenant, culture, 'total')).toEqual({ [team.groupId]: 80 });
  });

  it("takes a reversal off a group by at most the member's part, and applies the tenant's average minimum", async () => {
    const tenant = 'reversal-group-town';
    const settings = tenantSettings(tenant, 'Europe/Lisbon', { minActiveMembersForAverage: 2 });
    await rankings.publish([settings], tenant);
    const zones = rankings.app.get(TenantTimeZones);
    await waitFor('the tenant settings', async () =>
      (await zones.scoringOf(tenant))?.minActiveMembers === 2 ? true : undefined,
    );
    const [ana, bea] = [randomUUID(), randomUUID()];
    const team = foundedGroup(tenant, bea, '2027-03-01T08:00:00Z');
    await publishGroupEvents(
      rankings,
      [
        ...team.events,
        membershipChanged('joined', tenant, team.groupId, ana, '2027-03-02T08:00:00Z'),
        membershipChanged('left', tenant, team.groupId, ana, '2027-03-10T08:00:00Z'),
      ],
      tenant,
    );
    await credit(tenant, [
      pointsEarned(tenant, ana, 10, '2027-03-01T12:00:00Z'), // before joining
      pointsEarned(tenant, ana, 20, '2027-03-05T12:00:00Z'),
      pointsEarned(tenant, bea, 30, '2027-03-05T13:00:00Z'),
    ]);
    for (const periodId of ['all', '2027-03']) {
      const board = { periodId, category: 'all' } as const;
      // Two active members are enough here: the tenant's own minimum, not the default 3.
      expect(await groupBoard(rankings, tenant, board, 'average')).toEqual({ [team.groupId]: 25 });
    }

    await credit(tenant, [
      pointsAdjusted(tenant, ana, -25, '2027-03-06T12:00:00Z'), // a member: 20 of it was the group's
      pointsAdjusted(tenant, ana, -3, '2027-03-12T12:00:00Z'), // after leaving: not the group's
    ]);
    for (const periodId of ['all', '2027-03']) {
      const board = { periodId, category: 'all' } as const;
      expect(await rankings.board(tenant, { scope: 'people', ...board })).toEqual({
        [ana]: 2,
        [bea]: 30,
      });
      expect(await groupBoard(rankings, tenant, board, 'total')).toEqual({ [team.groupId]: 30 });
      expect(await groupBoard(rankings, tenant, board, 'average')).toEqual({ [team.groupId]: 15 });
      expect(await groupMembers(rankings, tenant, board, team.groupId)).toEqual({
        contributions: { [ana]: 0, [bea]: 30 },
        active: [ana, bea].sort(),
        activeCount: 2,
      });
    }
  });

  it('does not re-credit a score when a join with an earlier time arrives after it', async () => {
    const tenant = 'late-join-town';
    await rankings.settle(tenant, 'Europe/Lisbon');
    const [caio, bea] = [randomUUID(), randomUUID()];
    const team = foundedGroup(tenant, bea, '2027-03-01T08:00:00Z');
    await publishGroupEvents(rankings, team.events, tenant);
    const before = pointsEarned(tenant, caio, 30, '2027-03-05T12:00:00Z');
    await credit(tenant, [before]);

    // Identity's join, stamped before that score, is read only now.
    const joined = membershipChanged('joined', tenant, team.groupId, caio, '2027-03-04T08:00:00Z');
    await publishGroupEvents(rankings, [joined], tenant);
    await credit(tenant, [before, pointsEarned(tenant, caio, 15, '2027-03-06T12:00:00Z')]);

    expect(await rankings.board(tenant, { scope: 'people', ...allTime })).toEqual({ [caio]: 45 });
    expect(await groupBoard(rankings, tenant, allTime, 'total')).toEqual({ [team.groupId]: 15 });
  });

  it('counts each event once for people and groups, however often it is delivered', async () => {
    const tenant = 'crowd-town';
    await rankings.settle(tenant, 'Europe/Stockholm');
    const people: string[] = Array.from({ length: 6 }, () => randomUUID());
    const [p1, p2, p3, p4, p5] = people;
    // p3 belongs to two groups, the last person to none.
    const g1 = foundedGroup(tenant, p1, '2027-01-01T00:00:00Z');
    const g2 = foundedGroup(tenant, p3, '2027-01-01T00:00:00Z');
    const g3 = foundedGroup(tenant, p5, '2027-01-01T00:00:00Z');
    const join = (groupId: string, userId: string) =>
      membershipChanged('joined', tenant, groupId, userId, '2027-01-02T00:00:00Z');
    const members = { [g1.groupId]: [p1, p2, p3], [g2.groupId]: [p3, p4], [g3.groupId]: [p5] };
    await publishGroupEvents(
      rankings,
      [
        ...g1.events,
        ...g2.events,
        ...g3.events,
        join(g1.groupId, p2),
        join(g1.groupId, p3),
        join(g2.groupId, p4),
      ],
      tenant,
    );

    // A fixed sequence around the end of March in Stockholm: two weeks, two months.
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const start = Date.parse('2027-03-27T12:00:00Z');
    const scores = Array.from({ length: 60 }, (_, i) => {
      const time = new Date(start + next(6 * 86_400_000)).toISOString();
      const person = people[next(people.length)];
      if (i % 8 === 7) return bonusAwarded(tenant, person, 1 + next(100), time);
      const category = [undefined, ...ACTIVITY_CATEGORIES][next(ACTIVITY_CATEGORIES.length + 1)];
      return pointsEarned(tenant, person, 1 + next(50), time, category);
    });
    await rankings.publish([...scores.slice(0, 30), scores[2], scores[2]], tenant);
    await rankings.publish([...scores.slice(30), ...scores.slice(5, 25)], tenant);
    const marker = pointsEarned(tenant, p4, 1, '2027-03-30T10:00:00Z');
    await credit(tenant, [...scores, marker]);

    // What each group board must hold, summed from the events once each.
    type Expected = { total: number; contributions: Record<string, number>; active: Set<string> };
    const expected = new Map<string, Map<string, Expected>>();
    for (const event of [...scores, marker]) {
      const score = scoreOf(event);
      for (const { periodId, category } of boardsOf(score, 'Europe/Stockholm')) {
        const boardId = `${periodId}|${category}`;
        const groups = expected.get(boardId) ?? new Map<string, Expected>();
        expected.set(boardId, groups);
        for (const [groupId, ids] of Object.entries(members)) {
          if (!ids.includes(score.userId)) continue;
          const group = groups.get(groupId) ?? { total: 0, contributions: {}, active: new Set() };
          groups.set(groupId, group);
          group.total += score.points;
          group.contributions[score.userId] =
            (group.contributions[score.userId] ?? 0) + score.points;
          if (score.kind === 'earned') group.active.add(score.userId);
        }
      }
    }
    expect(expected.size).toBeGreaterThan(12);
    for (const [boardId, groups] of expected) {
      const [periodId, category] = boardId.split('|') as [string, 'all'];
      const board = { periodId, category };
      const totals = Object.fromEntries([...groups].map(([id, group]) => [id, group.total]));
      expect({ boardId, totals: await groupBoard(rankings, tenant, board, 'total') }).toEqual({
        boardId,
        totals,
      });
      const averages = Object.fromEntries(
        [...groups]
          .filter(([, group]) => group.active.size >= 3)
          .map(([id, group]) => [id, group.total / group.active.size]),
      );
      expect({ boardId, averages: await groupBoard(rankings, tenant, board, 'average') }).toEqual({
        boardId,
        averages,
      });
      for (const [groupId, group] of groups) {
        expect(await groupMembers(rankings, tenant, board, groupId)).toEqual({
          contributions: group.contributions,
          active: [...group.active].sort(),
          activeCount: group.active.size,
        });
      }
    }
    const everyone: Record<string, number> = {};
    for (const event of new Set([...scores, marker])) {
      everyone[event.data.accountId] = (everyone[event.data.accountId] ?? 0) + event.data.points;
    }
    expect(await rankings.board(tenant, { scope: 'people', ...allTime })).toEqual(everyone);
    // The all-time board of g1 has all three members active, so an average.
    expect(expected.get('all|all')?.get(g1.groupId)?.active.size).toBe(3);
  });
});
