import { DomainError } from '@citypoints/contracts';
import { Coordinates } from './coordinates';

/**
 * Asserts that `value` is an object with a WGS84 `latitude` in [-90, 90] and `longitude` in
 * [-180, 180] degrees, both finite numbers (strings are refused: a client that sends "38.7"
 * has a bug worth seeing). `field` is the path of the object in the request, e.g. `position`.
 * Throws DomainError('invalid') with code `invalid-latitude` or `invalid-longitude` and the
 * field path (`position.latitude`); an absent object is refused as its latitude.
 */
export function assertCoordinates(value: unknown, field: string): asserts value is Coordinates {
  const { latitude, longitude } = (value ?? {}) as Partial<Record<keyof Coordinates, unknown>>;
  if (!isNumberWithin(latitude, 90)) {
    throw new DomainError(
      'invalid',
      'invalid-latitude',
      `${field}.latitude must be a number of degrees from -90 to 90`,
      `${field}.latitude`,
    );
  }
  if (!isNumberWithin(longitude, 180)) {
    throw new DomainError(
      'invalid',
      'invalid-longitude',
      `${field}.longitude must be a number of degrees from -180 to 180`,
      `${field}.longitude`,
    );
  }
}

// NaN and ±Infinity fail both comparisons, so they need no test of their own.
function isNumberWithin(value: unknown, limit: number): value is number {
  return typeof value === 'number' && value >= -limit && value <= limit;
}
