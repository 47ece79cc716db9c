import { DomainError } from '@citypoints/contracts';
import { assertPlace, MAX_PLACE_RADIUS } from './assert-place';

const VALID = { latitude: 59.3293, longitude: 18.0686, radius: 150 };

function refusal(value: unknown): Pick<DomainError, 'kind' | 'code' | 'field' | 'message'> {
  try {
    assertPlace(value);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const { kind, code, field, message } = error;
    return { kind, code, field, message };
  }
  throw new Error(`${JSON.stringify(value)} was accepted`);
}

describe('assertPlace', () => {
  it.each([0.5, 150, MAX_PLACE_RADIUS])('accepts a radius of %p m', (radius) => {
    expect(() => assertPlace({ ...VALID, radius })).not.toThrow();
  });

  it.each([
    ['0', 0],
    ['negative', -5],
    ['over 50 km', 50_000.1],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['missing', undefined],
    ['a string', '150'],
  ])('refuses a radius %s, naming place.radius', (_, radius) => {
    expect(refusal({ ...VALID, radius })).toEqual({
      kind: 'invalid',
      code: 'invalid-radius',
      field: 'place.radius',
      message: 'place.radius must be a number of metres above 0 and at most 50000',
    });
  });

  it.each([
    ['latitude', { latitude: 91 }, 'invalid-latitude'],
    ['latitude', { latitude: NaN }, 'invalid-latitude'],
    ['longitude', { longitude: -181 }, 'invalid-longitude'],
    ['longitude', { longitude: Infinity }, 'invalid-longitude'],
  ])('refuses a bad %s, naming place.%s', (name, change, code) => {
    expect(refusal({ ...VALID, ...change })).toMatchObject({
      kind: 'invalid',
      code,
      field: `place.${name}`,
    });
  });
});
