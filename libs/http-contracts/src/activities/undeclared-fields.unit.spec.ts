import { FieldShape, undeclaredFields } from './undeclared-fields';

describe('undeclaredFields', () => {
  const shape: FieldShape = {
    kind: true,
    hours: [{ day: true, open: true }],
    limits: { count: true },
  };

  it('passes an object with declared fields only, and values of other types', () => {
    const value = { kind: 'weekly', hours: [{ day: 1, open: '09:00' }], limits: { count: 2 } };
    expect(undeclaredFields(value, shape, 'schedule')).toEqual([]);
    expect(undeclaredFields('weekly', shape, 'schedule')).toEqual([]);
    expect(undeclaredFields({ hours: 'daily', limits: [] }, shape, 'schedule')).toEqual([]);
  });

  it('names every undeclared field, in objects and list entries at any depth', () => {
    const value = {
      kind: 'weekly',
      colour: 'red',
      hours: [{ day: 1 }, { day: 2, close: '10:00' }],
      limits: { count: 2, perPerson: true },
      constructor: 1,
    };
    expect(undeclaredFields(value, shape, 'schedule').map((problem) => problem.message)).toEqual([
      'schedule.colour is not a known field',
      'schedule.hours.1.close is not a known field',
      'schedule.limits.perPerson is not a known field',
      'schedule.constructor is not a known field',
    ]);
  });
});
