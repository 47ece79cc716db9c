import { DomainError } from '@citypoints/contracts';
import { assertCoordinates } from './assert-coordinates';
import { Place } from './coordinates';

/**
 * The largest geofence radius, in metres: 50 km covers a whole municipality (Cascais is about
 * 20 km across), and anything larger no longer says where someone took part.
 */
export const MAX_PLACE_RADIUS = 50_000;

/**
 * Asserts that `value` is a Place: WGS84 latitude and longitude (assertCoordinates) and a
 * `radius` in metres above 0 and at most MAX_PLACE_RADIUS. `field` is the path of the place in
 * the request. Throws DomainError('invalid') naming the field path: `invalid-latitude`,
 * `invalid-longitude` or `invalid-radius`.
 */
export function assertPlace(value: unknown, field = 'place'): asserts value is Place {
  assertCoordinates(value, field);
  const { radius } = value as { radius?: unknown };
  if (typeof radius !== 'number' || !(radius > 0 && radius <= MAX_PLACE_RADIUS)) {
    throw new DomainError(
      'invalid',
      'invalid-radius',
      `${field}.radius must be a number of metres above 0 and at most ${MAX_PLACE_RADIUS}`,
      `${field}.radius`,
    );
  }
}
