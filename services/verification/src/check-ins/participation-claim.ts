import { CheckInTime, Position, TimedPosition } from '@citypoints/activity-rules';
import { ActivityMethod, ParticipationRejection } from '@citypoints/contracts';
import { CatalogueActivity } from '../activity-catalogue/catalogue-activity';
import { TenantRules } from '../activity-catalogue/tenant-settings.store';

/** What a person claims: that they took part by `method` at `scannedAt`, at `position`. */
export interface ParticipationClaim {
  method: ActivityMethod;
  /** When they took part: the scan, the steward's confirmation, the reported time. */
  scannedAt: Date;
  position?: Position;
}

/** What the claim is judged against: the activity, the tenant's rules, the person's past. */
export interface ClaimContext {
  activity: CatalogueActivity;
  rules: TenantRules;
  /** The person's verified and pending participations in the same activity. */
  previous: CheckInTime[];
  /** The person's verified and pending check-ins with a position, nearest before and after. */
  neighbours: TimedPosition[];
}

/** Why a claim waits for a tenant admin (the tenant's review rules). */
export type ReviewFlag = 'accuracy-above-review-limit' | 'points-above-review-limit';

/** How a claim was judged. `distance` is metres from the place when a position was judged. */
export type Verdict = VerdictFacts &
  (
    | { state: 'rejected'; reason: ParticipationRejection }
    | { state: 'verified' | 'pending-review'; reason?: undefined }
  );

interface VerdictFacts {
  /** When a limit lets the person again (limit-reached, cooldown). */
  retryAt?: Date;
  /** The schedule's occurrence the claim falls in (occurrenceOf), for once-per-occurrence. */
  occurrence?: string;
  distance?: number;
  flags: ReviewFlag[];
}
