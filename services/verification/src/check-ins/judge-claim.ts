import {
  distanceMetres,
  impossibleTravel,
  isOpenAt,
  limitReached,
  occurrenceOf,
  positionProblem,
} from '@citypoints/activity-rules';
import { ClaimContext, ParticipationClaim, ReviewFlag, Verdict } from './participation-claim';

/**
 * Judges a well-formed claim (its code, person and time already checked) by the activity's and
 * the tenant's rules (issue 12), the first that fails deciding:
 * 1. `not-open`: the schedule is closed at the scan, on the tenant's clock;
 * 2. for QR + GPS at an activity with a place: `accuracy-too-poor` beyond the tenant's
 *    maxAccuracyMetres, `outside-place` beyond the radius plus the accuracy (positionProblem);
 * 3. `once-per-occurrence`, `limit-reached`, `cooldown` with retryAt (limitReached);
 * 4. `impossible-travel` from or to the person's nearest check-ins with a position, faster than
 *    the tenant's maxTravelKmh (impossibleTravel);
 * then a code check-in that a review rule flags (accuracy worse than reviewAccuracyMetres,
 * points at least reviewPointsAtLeast) waits for review; the rest is verified. A steward's or
 * an integration's claim is vouched for by them and never waits. Pure; throws only on an
 * unknown time zone.
 */
export function judgeClaim(claim: ParticipationClaim, context: ClaimContext): Verdict {
  const { activity, rules } = context;
  const { timeZone, verification } = rules;
  const { scannedAt, position } = claim;
  if (!isOpenAt(activity.schedule, scannedAt, timeZone)) {
    return { state: 'rejected', reason: 'not-open', flags: [] };
  }
  const occurrence = occurrenceOf(activity.schedule, scannedAt, timeZone);
  const judged = { occurrence, flags: [] as ReviewFlag[] };
  let distance: number | undefined;
  if (claim.method === 'qr-gps' && activity.place && position) {
    const maxAccuracy = verification.maxAccuracyMetres;
    const problem = positionProblem(activity.place, position, { maxAccuracy });
    if (problem) {
      return { ...judged, state: 'rejected', reason: problem.code, distance: problem.distance };
    }
    distance = distanceMetres(activity.place, position);
  }
  const limit = limitReached(
    activity.limits,
    context.previous,
    { at: scannedAt, occurrence },
    timeZone,
  );
  if (limit) return { ...judged, state: 'rejected', distance, ...limit };
  const current = position && { at: scannedAt, position };
  const maxSpeedKmh = verification.maxTravelKmh;
  if (current && context.neighbours.some((n) => impossibleTravel(n, current, { maxSpeedKmh }))) {
    return { ...judged, state: 'rejected', reason: 'impossible-travel', distance };
  }
  const flags = reviewFlags(claim, context);
  return { ...judged, state: flags.length > 0 ? 'pending-review' : 'verified', distance, flags };
}

function reviewFlags(claim: ParticipationClaim, { activity, rules }: ClaimContext): ReviewFlag[] {
  if (claim.method !== 'qr-gps' && claim.method !== 'qr') return [];
  const { reviewAccuracyMetres, reviewPointsAtLeast } = rules.verification;
  const flags: ReviewFlag[] = [];
  if (
    reviewAccuracyMetres != null &&
    claim.position &&
    claim.position.accuracy > reviewAccuracyMetres
  ) {
    flags.push('accuracy-above-review-limit');
  }
  if (reviewPointsAtLeast != null && activity.points >= reviewPointsAtLeast) {
    flags.push('points-above-review-limit');
  }
  return flags;
}
