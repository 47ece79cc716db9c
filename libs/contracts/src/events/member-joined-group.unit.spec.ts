import { randomUUID } from 'node:crypto';
import { eventDefinition } from '../define-event';
import { Topics } from '../topics';
import { validateEventData } from '../validate-event-data';
import { MemberJoinedGroup, MemberJoinedGroupV1 } from './member-joined-group';

const data = (): MemberJoinedGroupV1 => ({ groupId: randomUUID(), userId: randomUUID() });

const check = (change: object) => () =>
  validateEventData(MemberJoinedGroup, { ...data(), ...change });

describe('MemberJoinedGroup.v1', () => {
  it('is published on the identity topic', () => {
    expect(MemberJoinedGroup).toBe('citypoints.identity.MemberJoinedGroup.v1');
    expect(eventDefinition(MemberJoinedGroup).topic).toBe(Topics.identity);
  });

  it('accepts pseudonymous ids', () => {
    expect(check({})).not.toThrow();
  });

  it.each<[object, string]>([
    [{ groupId: 'g-1' }, 'data.groupId: groupId must be a UUID'],
    [{ userId: undefined }, 'data.userId: userId must be a UUID'],
    [{ displayName: 'Ana' }, 'data.displayName: property displayName should not exist'],
  ])('refuses %p', (change, reason) => {
    expect(check(change)).toThrow(reason);
  });
});
