import { DomainError } from '@citypoints/contracts';
import { assertPosition } from './assert-position';

const VALID = { latitude: 38.6979, longitude: -9.4215, accuracy: 12 };

function refusal(value: unknown): Pick<DomainError, 'kind' | 'code' | 'field' | 'message'> {
  try {
    assertPosition(value);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const { kind, code, field, message } = error;
    return { kind, code, field, message };
  }
  throw new Error(`${JSON.stringify(value)} was accepted`);
}

describe('assertPosition', () => {
  it.each([
    ['the poles and the antimeridian', { latitude: -90, longitude: 180, accuracy: 5 }],
    ['the other pole and side', { latitude: 90, longitude: -180, accuracy: 5 }],
    ['an accuracy of 0, as the W3C Geolocation API allows', { ...VALID, accuracy: 0 }],
  ])('accepts %s', (_, position) => {
    expect(() => assertPosition(position)).not.toThrow();
  });

  it.each([
    ['above 90', 90.000001],
    ['below -90', -91],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a string', '38.7'],
    ['missing', undefined],
  ])('refuses a latitude %s, naming position.latitude', (_, latitude) => {
    expect(refusal({ ...VALID, latitude })).toEqual({
      kind: 'invalid',
      code: 'invalid-latitude',
      field: 'position.latitude',
      message: 'position.latitude must be a number of degrees from -90 to 90',
    });
  });

  it.each([
    ['above 180', 180.5],
    ['below -180', -180.000001],
    ['NaN', NaN],
    ['-Infinity', -Infinity],
    ['null', null],
  ])('refuses a longitude %s, naming position.longitude', (_, longitude) => {
    expect(refusal({ ...VALID, longitude })).toEqual({
      kind: 'invalid',
      code: 'invalid-longitude',
      field: 'position.longitude',
      message: 'position.longitude must be a number of degrees from -180 to 180',
    });
  });

  it.each([
    ['negative', -1],
    ['missing', undefined],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a string', '12'],
  ])('refuses an accuracy %s, naming position.accuracy', (_, accuracy) => {
    expect(refusal({ ...VALID, accuracy })).toEqual({
      kind: 'invalid',
      code: 'invalid-accuracy',
      field: 'position.accuracy',
      message: 'position.accuracy must be a number of metres, 0 or more',
    });
  });

  it.each([null, undefined, 'here', 42])('refuses %p as a position, at its latitude', (value) => {
    expect(refusal(value)).toMatchObject({ code: 'invalid-latitude', field: 'position.latitude' });
  });

  it('names the field path it is given', () => {
    expect(() => assertPosition({ ...VALID, accuracy: -3 }, 'checkIn.position')).toThrow(
      expect.objectContaining({ field: 'checkIn.position.accuracy' }),
    );
  });
});
