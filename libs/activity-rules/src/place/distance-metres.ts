import { Geodesic } from 'geographiclib-geodesic';
import { Coordinates } from './coordinates';

/**
 * The geodesic distance in metres between two WGS84 points, by Karney's solution of the inverse
 * problem (C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 2013; GeographicLib):
 * accurate to about 15 nm anywhere, including across the antimeridian, at the poles and for
 * nearly antipodal points, where Vincenty's method fails to converge. Longitudes may be given
 * in either sign convention; inputs are not validated (see assertCoordinates).
 */
export function distanceMetres(a: Coordinates, b: Coordinates): number {
  const { s12 } = Geodesic.WGS84.Inverse(
    a.latitude,
    a.longitude,
    b.latitude,
    b.longitude,
    Geodesic.DISTANCE,
  );
  // Asked for with Geodesic.DISTANCE, s12 is always set; its type cannot say so.
  return s12 as number;
}
