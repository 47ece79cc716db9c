import { Position } from './coordinates';
import { distanceMetres } from './distance-metres';

/** A position and the instant it was reported at. */
export interface TimedPosition {
  at: Date;
  position: Position;
}

/**
 * Whether one person cannot have been at both positions (validated, see assertPosition) at
 * their instants without moving faster than `maxSpeedKmh` (km/h, the tenant's limit). The
 * distance counted is the geodesic distance less both accuracies, so that only travel that no
 * error of the fixes explains is flagged; the accuracies were bounded by the tenant's
 * maxAccuracy when the check-ins were accepted (positionProblem). The order of the two does
 * not matter. Two positions at the same instant are impossible as soon as they are farther
 * apart than their accuracies: no speed covers a distance in no time. Exactly at the limit is
 * possible. `at` must be valid Dates. The "impossible travel" rule of anti-fraud (issue 12),
 * as sign-in risk detection applies it to accounts.
 */
export function impossibleTravel(
  previous: TimedPosition,
  current: TimedPosition,
  { maxSpeedKmh }: { maxSpeedKmh: number },
): boolean {
  const unexplained =
    distanceMetres(previous.position, current.position) -
    previous.position.accuracy -
    current.position.accuracy;
  const hours = Math.abs(current.at.getTime() - previous.at.getTime()) / 3_600_000;
  // A jump the accuracies explain leaves nothing, or less, which no speed exceeds.
  return unexplained / 1000 > maxSpeedKmh * hours;
}
