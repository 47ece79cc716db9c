import { ActivityCode, Position } from '@citypoints/activity-rules';
import { ActivityMethod } from '@citypoints/contracts';
import { CatalogueActivity } from '../activity-catalogue/catalogue-activity';
import { ClaimRefusal } from './claim-refusal';

/**
 * The published activity a genuine `code` names, checked against it: `unknown-activity` when
 * it is not published (never, or archived), `superseded-code` when an admin has rotated the
 * activity's secret since the code was made (old posters stop working). Throws ClaimRefusal
 * (field `code`).
 */
export function claimedActivity(
  code: ActivityCode,
  activity: CatalogueActivity | undefined,
): CatalogueActivity {
  if (!activity) {
    throw new ClaimRefusal('unknown-activity', 'code is of an activity that is not open', 'code');
  }
  if (code.generation !== activity.codeGeneration) {
    throw new ClaimRefusal('superseded-code', 'code was replaced by a newer one', 'code');
  }
  return activity;
}

/**
 * How a code check-in is verified: QR + GPS when the activity allows it and the phone sent a
 * position, else QR alone when the activity allows that. Throws ClaimRefusal:
 * `position-required` (field position) for a QR + GPS activity checked in without a position,
 * `method-not-allowed` (field code) for an activity only a steward or a system verifies.
 */
export function codeMethod(activity: CatalogueActivity, position?: Position): ActivityMethod {
  const { methods } = activity;
  if (methods.includes('qr-gps') && position) return 'qr-gps';
  if (methods.includes('qr')) return 'qr';
  if (methods.includes('qr-gps')) {
    throw new ClaimRefusal(
      'position-required',
      "position is required: this activity checks the phone's position",
      'position',
    );
  }
  throw new ClaimRefusal(
    'method-not-allowed',
    'this activity is not checked in by scanning its code',
    'code',
  );
}
