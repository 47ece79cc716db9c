import { randomUUID } from 'node:crypto';
import { eventDefinition } from '../define-event';
import { Topics } from '../topics';
import { validateEventData } from '../validate-event-data';
import { GroupCreated, GroupCreatedV1 } from './group-created';

const data = (): GroupCreatedV1 => ({
  groupId: randomUUID(),
  kind: 'school',
  createdBy: randomUUID(),
});

const check = (change: object) => () => validateEventData(GroupCreated, { ...data(), ...change });

describe('GroupCreated.v1', () => {
  it('is published on the identity topic', () => {
    expect(GroupCreated).toBe('citypoints.identity.GroupCreated.v1');
    expect(eventDefinition(GroupCreated).topic).toBe(Topics.identity);
  });

  it.each([{ kind: 'team' }, { kind: 'association' }, { kind: 'neighbourhood' }])(
    'accepts %p',
    (change) => {
      expect(check(change)).not.toThrow();
    },
  );

  it.each<[object, string]>([
    [{ groupId: 'g-1' }, 'data.groupId: groupId must be a UUID'],
    [{ kind: 'club' }, 'data.kind: kind must be one of the following values'],
    [{ createdBy: undefined }, 'data.createdBy: createdBy must be a UUID'],
    [{ name: 'Beach cleaners' }, 'data.name: property name should not exist'],
  ])('refuses %p', (change, reason) => {
    expect(check(change)).toThrow(reason);
  });
});
