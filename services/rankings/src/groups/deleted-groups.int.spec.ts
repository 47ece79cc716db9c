import { CloudEvent } from '@citypoints/contracts';
import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { GroupBoardRef } from '../core/rankings-keys';
import { groupBoard, groupMembers, publishGroupEvents } from '../testing/group-boards';
import { foundedGroup, groupDeleted, membershipChanged } from '../testing/group-events';
import { pointsEarned } from '../testing/ledger-events';
import { RankingsUnderTest, startRankings } from '../testing/start-rankings';

describe('a deleted group leaves the group boards', () => {
  let rankings: RankingsUnderTest;

  beforeAll(async () => {
    rankings = await startRankings();
  });

  afterAll(async () => {
    await rankings?.close();
  });

  async function credit(tenant: string, events: CloudEvent[]) {
    await rankings.publish(events, tenant);
    await rankings.applied(events[events.length - 1]);
  }

  async function deleteGroup(tenant: string, groupId: string, members: string[], time: string) {
    const left = members.map((userId) => membershipChanged('left', tenant, groupId, userId, time));
    await publishGroupEvents(rankings, left, tenant);
    await rankings.publish([groupDeleted(tenant, groupId, time)], tenant);
    // Marked deleted in Postgres first, then taken off each board in Redis, its contributions
    // with it: waits until no board has them left.
    const contributions = rankings.redis.keys.contributions(
      tenant,
      { periodId: '*', category: '*' as 'all' },
      groupId,
    );
    await waitFor(`group ${groupId} deleted`, async () => {
      const [group] = await rankings.db.query(
        `SELECT deleted_at FROM tenant_group WHERE group_id = $1`,
        [groupId],
      );
      const left = await rankings.redis.client.keys(contributions);
      return group?.deleted_at && left.length === 0 ? true : undefined;
    });
  }

  it('takes it off every board, its members and counts too, and keeps it off for late scores', async () => {
    const tenant = 'deleted-group-town';
    await rankings.settle(tenant, 'Europe/Lisbon');
    const [ana, bea, cid] = [randomUUID(), randomUUID(), randomUUID()];
    const team = foundedGroup(tenant, ana, '2027-03-01T08:00:00Z');
    const other = foundedGroup(tenant, cid, '2027-03-01T08:00:00Z');
    await publishGroupEvents(
      rankings,
      [
        ...team.events,
        ...other.events,
        membershipChanged('joined', tenant, team.groupId, bea, '2027-03-01T09:00:00Z'),
      ],
      tenant,
    );
    await credit(tenant, [
      pointsEarned(tenant, ana, 10, '2027-03-02T12:00:00Z', 'culture'),
      pointsEarned(tenant, bea, 20, '2027-03-03T12:00:00Z'),
      pointsEarned(tenant, cid, 5, '2027-03-03T13:00:00Z'),
    ]);
    const boards: GroupBoardRef[] = ['all', '2027', '2027-03', '2027-W09'].map((periodId) => ({
      periodId,
      category: 'all',
    }));
    boards.push({ periodId: 'all', category: 'culture' });
    expect(await groupBoard(rankings, tenant, boards[0], 'total')).toEqual({
      [team.groupId]: 30,
      [other.groupId]: 5,
    });

    await deleteGroup(tenant, team.groupId, [ana, bea], '2027-03-10T08:00:00Z');

    for (const board of boards) {
      expect(await groupBoard(rankings, tenant, board, 'total')).not.toHaveProperty(team.groupId);
      expect(await groupBoard(rankings, tenant, board, 'average')).toEqual({});
      expect(await groupMembers(rankings, tenant, board, team.groupId)).toEqual({
        contributions: {},
        active: [],
        activeCount: 0,
      });
      const reached = rankings.redis.keys.groupReached(tenant, board, 'total');
      expect(await rankings.redis.client.hexists(reached, team.groupId)).toBe(0);
    }
    expect(await groupBoard(rankings, tenant, boards[0], 'total')).toEqual({ [other.groupId]: 5 });
    expect(await groupMembers(rankings, tenant, boards[0], other.groupId)).toMatchObject({
      contributions: { [cid]: 5 },
      activeCount: 1,
    });

    // A score earned while Ana was a member, arriving after the deletion, finds no group.
    await credit(tenant, [pointsEarned(tenant, ana, 40, '2027-03-04T12:00:00Z')]);
    expect(await groupBoard(rankings, tenant, boards[0], 'total')).toEqual({ [other.groupId]: 5 });
    expect(
      await rankings.board(tenant, { scope: 'people', periodId: 'all', category: 'all' }),
    ).toMatchObject({ [ana]: 50 });

    // A redelivered deletion changes nothing.
    await rankings.publish([groupDeleted(tenant, team.groupId, '2027-03-10T08:00:00Z')], tenant);
    await credit(tenant, [pointsEarned(tenant, cid, 1, '2027-03-11T12:00:00Z')]);
    expect(await groupBoard(rankings, tenant, boards[0], 'total')).toEqual({ [other.groupId]: 6 });
  });
});
