import { MembershipChange, membershipsOf } from './memberships-of';

const school = '0195f0c2-0000-7000-8000-0000000000a1';
const team = '0195f0c2-0000-7000-8000-0000000000b2';
let ids = 0;
const change = (groupId: string, kind: 'joined' | 'left', at: string): MembershipChange => ({
  groupId,
  change: kind,
  at: new Date(at),
  eventId: `0195f0c2-0000-7000-8000-${String(++ids).padStart(12, '0')}`,
});

describe("membershipsOf: a person's memberships from identity's events", () => {
  it('runs a membership from a join to the next leave, and opens another on a rejoin', () => {
    const changes = [
      change(school, 'joined', '2027-03-01T08:00:00Z'),
      change(school, 'left', '2027-03-10T08:00:00Z'),
      change(school, 'joined', '2027-03-20T08:00:00Z'),
    ];
    expect(membershipsOf(changes)).toEqual([
      {
        groupId: school,
        joinedAt: new Date('2027-03-01T08:00:00Z'),
        leftAt: new Date('2027-03-10T08:00:00Z'),
      },
      { groupId: school, joinedAt: new Date('2027-03-20T08:00:00Z'), leftAt: null },
    ]);
  });

  it('reads the events by their time, whatever order they arrived in', () => {
    const inOrder = [
      change(team, 'joined', '2027-03-01T08:00:00Z'),
      change(school, 'joined', '2027-03-02T08:00:00Z'),
      change(team, 'left', '2027-03-05T08:00:00Z'),
      change(team, 'joined', '2027-03-06T08:00:00Z'),
    ];
    const arrived = [inOrder[3], inOrder[2], inOrder[1], inOrder[0]];
    expect(membershipsOf(arrived)).toEqual(membershipsOf(inOrder));
    expect(membershipsOf(arrived).map((m) => m.groupId)).toEqual([school, team, team]);
  });

  it('keeps one membership for a join while a member, and ignores a leave without one', () => {
    const changes = [
      change(team, 'left', '2027-03-01T08:00:00Z'),
      change(team, 'joined', '2027-03-02T08:00:00Z'),
      change(team, 'joined', '2027-03-03T08:00:00Z'),
      change(team, 'left', '2027-03-04T08:00:00Z'),
      change(team, 'left', '2027-03-05T08:00:00Z'),
    ];
    expect(membershipsOf(changes)).toEqual([
      {
        groupId: team,
        joinedAt: new Date('2027-03-02T08:00:00Z'),
        leftAt: new Date('2027-03-04T08:00:00Z'),
      },
    ]);
  });

  it('orders changes of the same instant by their event ids, as they were published', () => {
    const joined = change(team, 'joined', '2027-03-02T08:00:00Z');
    const left = change(team, 'left', '2027-03-02T08:00:00Z');
    expect(membershipsOf([left, joined])).toEqual([
      { groupId: team, joinedAt: joined.at, leftAt: left.at },
    ]);
  });
});
