import { eventDefinition } from '../define-event';
import { validateEventData } from '../validate-event-data';

interface EventSchemaCases {
  type: string;
  topic: string;
  valid: () => object;
  accepts: object[];
  /** A change to the valid data, and the reason it must be refused with. */
  refuses: [object, string][];
}

/** The checks every event definition gets: its topic, and what its schema lets through. */
export function describeEventSchema({ type, topic, valid, accepts, refuses }: EventSchemaCases) {
  const check = (change: object) => () => validateEventData(type, { ...valid(), ...change });

  describe(type, () => {
    it(`is published on ${topic}`, () => {
      expect(eventDefinition(type).topic).toBe(topic);
    });

    it.each([{}, ...accepts])('accepts %p', (change) => {
      expect(check(change)).not.toThrow();
    });

    it.each(refuses)('refuses %p', (change, reason) => {
      expect(check(change)).toThrow(reason);
    });
  });
}
