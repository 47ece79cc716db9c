import {
  ActivityCode,
  CODE_PREFIX,
  matchesTypedCode,
  readActivityCode,
  rotatingCodeProblem,
} from '@citypoints/activity-rules';
import { CatalogueActivity } from '../activity-catalogue/catalogue-activity';
import { ClaimRefusal } from './claim-refusal';

const MESSAGES = {
  'malformed-code': 'code is not a City Points activity code',
  'bad-signature': 'code is not signed by City Points: it was altered or made up',
};

/**
 * The activity code a resident scanned or typed, checked for everything the code itself proves:
 * its MAC under the deployment's `key` (readActivityCode), that it is of `tenantId`, and for a
 * rotating code that its step fits the claimed `scannedAt` within one step either way — a
 * rotating code proves its own time, so a code copied from a screen minutes later is refused,
 * and so is a late check-in claiming a scan time the code was not shown at. Throws ClaimRefusal
 * (field `code`): malformed-code, bad-signature, foreign-tenant, expired-code.
 */
export function readClaimedCode(
  key: Buffer,
  text: string,
  tenantId: string,
  scannedAt: Date,
): ActivityCode {
  const read = readActivityCode(key, text.trim());
  if ('refused' in read) throw new ClaimRefusal(read.refused, MESSAGES[read.refused], 'code');
  const { code } = read;
  if (code.tenantId !== tenantId) {
    throw new ClaimRefusal('foreign-tenant', 'code belongs to another town', 'code');
  }
  if (code.kind === 'rotating' && rotatingCodeProblem(code.step, scannedAt)) {
    throw new ClaimRefusal(
      'expired-code',
      'code was not shown at the time of the scan: scan the screen again',
      'code',
    );
  }
  return code;
}

/** Whether `text` is a whole code as scanned, rather than the short form a person types. */
export function isScannedCode(text: string): boolean {
  return text.trim().startsWith(`${CODE_PREFIX}.`);
}

/**
 * The static code of `activity` that a person without a camera typed from its poster
 * (typedActivityCode: `XXXX-XXXX-XXXX-XXXX`, case, spaces and O/I/L forgiven). Throws
 * ClaimRefusal `bad-signature` (field code) when it is not that activity's current code.
 */
export function readTypedCode(
  key: Buffer,
  typed: string,
  activity: CatalogueActivity,
): ActivityCode {
  const subject = {
    tenantId: activity.tenantId,
    activityId: activity.activityId,
    generation: activity.codeGeneration,
  };
  if (!matchesTypedCode(key, subject, typed.trim())) {
    throw new ClaimRefusal('bad-signature', "code is not the activity's printed code", 'code');
  }
  return { ...subject, kind: 'static' };
}
