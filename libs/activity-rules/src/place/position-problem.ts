import { Place, Position } from './coordinates';
import { distanceMetres } from './distance-metres';

/**
 * Why a position does not place someone at a place: `code` is stable for clients and logs, and
 * `distance` is the geodesic distance in metres from the place's centre to the position.
 */
export interface PositionProblem {
  code: 'accuracy-too-poor' | 'outside-place';
  distance: number;
}

// Geodesic round-off and sums of floating-point metres are nanometres; no phone is that precise,
// so a position within a millimetre of the fence is on it, whatever the last bit says.
const FENCE_TOLERANCE = 0.001;

/**
 * Whether `position` (validated, see assertPosition) is at `place` (see assertPlace), as the
 * geofence of a check-in judges it: undefined when it is, otherwise a PositionProblem.
 * - `accuracy-too-poor` when position.accuracy exceeds the tenant's `maxAccuracy` (metres),
 *   wherever the position is: a vague fix proves nothing, even at the centre.
 * - `outside-place` when the distance exceeds place.radius plus an allowance for the reported
 *   accuracy. The allowance is the accuracy itself, because the true position lies within it
 *   with 95% confidence (W3C Geolocation API), capped at the radius, so that poor accuracy at
 *   most doubles the fence the tenant drew. The fence is inclusive: on it is inside.
 */
export function positionProblem(
  place: Place,
  position: Position,
  { maxAccuracy }: { maxAccuracy: number },
): PositionProblem | undefined {
  const distance = distanceMetres(place, position);
  if (position.accuracy > maxAccuracy) return { code: 'accuracy-too-poor', distance };
  const allowance = Math.min(position.accuracy, place.radius);
  if (distance - (place.radius + allowance) > FENCE_TOLERANCE) {
    return { code: 'outside-place', distance };
  }
  return undefined;
}
