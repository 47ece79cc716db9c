import { defineEvent, eventDefinition } from './define-event';
import { InvalidEventError } from './invalid-event-error';
import { Topics } from './topics';

class Empty {}

describe('defineEvent', () => {
  it('registers a type and returns its name', () => {
    const type = defineEvent({ type: 'test.Registered.v1', topic: Topics.rewards, payload: Empty });
    expect(type).toBe('test.Registered.v1');
    expect(eventDefinition(type)).toEqual({ type, topic: Topics.rewards, payload: Empty });
  });

  it('refuses to define a type twice', () => {
    defineEvent({ type: 'test.Twice.v1', topic: Topics.rewards, payload: Empty });
    expect(() =>
      defineEvent({ type: 'test.Twice.v1', topic: Topics.ledger, payload: Empty }),
    ).toThrow('event type "test.Twice.v1" is already defined');
    expect(eventDefinition('test.Twice.v1').topic).toBe(Topics.rewards);
  });

  it.each(['test.Unversioned', 'test.Zero.v0', 'test.Letter.vX'])(
    'refuses the unversioned type %s',
    (type) => {
      expect(() => defineEvent({ type, topic: Topics.rewards, payload: Empty })).toThrow(
        `event type "${type}" must end in .v<N>`,
      );
    },
  );
});

describe('eventDefinition', () => {
  it('refuses an unknown type', () => {
    expect(() => eventDefinition('test.Unknown.v1')).toThrow(
      new InvalidEventError('unknown event type "test.Unknown.v1"'),
    );
  });
});
