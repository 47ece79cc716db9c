import { groupsAt } from './groups-at';
import { MembershipChange } from './memberships-of';

const school = '0195f0c2-0000-7000-8000-0000000000a1';
const team = '0195f0c2-0000-7000-8000-0000000000b2';
let ids = 0;
const change = (groupId: string, kind: 'joined' | 'left', at: string): MembershipChange => ({
  groupId,
  change: kind,
  at: new Date(at),
  eventId: `0195f0c2-0000-7000-8000-${String(++ids).padStart(12, '0')}`,
});

describe('groupsAt: the groups whose boards a score adds to', () => {
  const changes = [
    change(school, 'joined', '2027-03-01T08:00:00Z'),
    change(team, 'joined', '2027-03-05T08:00:00Z'),
    change(school, 'left', '2027-03-10T08:00:00Z'),
    change(school, 'joined', '2027-03-20T08:00:00Z'),
  ];
  const at = (instant: string) => groupsAt(changes, new Date(instant));

  it('counts no group before the person joined one', () => {
    expect(at('2027-02-28T23:59:59.999Z')).toEqual([]);
  });

  it('counts every group the person belonged to at the instant, a join at that instant too', () => {
    expect(at('2027-03-01T08:00:00.000Z')).toEqual([school]);
    expect(at('2027-03-06T12:00:00Z')).toEqual([school, team]);
  });

  it('stops counting a group at the leave, and counts it again after a rejoin', () => {
    expect(at('2027-03-10T08:00:00.000Z')).toEqual([team]);
    expect(at('2027-03-15T08:00:00Z')).toEqual([team]);
    expect(at('2027-03-21T08:00:00Z')).toEqual([school, team]);
  });
});
