import { undeclaredFields } from './undeclared-fields';

const BUILT_IN_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('undeclaredFields', () => {
  const shape = {
    properties: {
      name: {},
      places: { items: { properties: { rank: {}, points: {} } } },
    },
  };

  it('finds nothing in an input of declared fields only', () => {
    const input = { name: 'Lake walkers', places: [{ rank: 1, points: 5 }] };
    expect(undeclaredFields(shape, input)).toEqual([]);
  });

  it('names each field the shape does not declare, in nested objects and lists too', () => {
    const input = { name: 'x', colour: 'red', places: [{ rank: 1 }, { rank: 2, bonus: true }] };
    expect(undeclaredFields(shape, input)).toEqual(['colour', 'places.1.bonus']);
  });

  it.each(BUILT_IN_NAMES)('names %s, a property every object inherits, as unknown', (name) => {
    const input = JSON.parse(`{"name":"x","${name}":1,"places":[{"${name}":{}}]}`);
    expect(undeclaredFields(shape, input)).toEqual([name, `places.0.${name}`]);
  });

  it('reads a query that has no prototype', () => {
    const query = Object.assign(Object.create(null), { toString: '1' });
    expect(undeclaredFields({ properties: {} }, query)).toEqual(['toString']);
  });
});
