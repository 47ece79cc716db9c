import { ActivityCodeSubject } from './activity-code';
import { codeMac } from './code-mac';
import { codeText } from './code-text';
import { rotationStep } from './rotation-step';

/**
 * The text of an event screen's QR code at `at`,
 * `CP1.R.<tenant>.<activity>.<generation>.<step>.<mac>`: a new one every ROTATION_SECONDS. It
 * proves its own time, since the step is signed: a photo of the screen passed on later is
 * refused (rotatingCodeProblem).
 */
export function rotatingActivityCode(key: Buffer, subject: ActivityCodeSubject, at: Date): string {
  const text = codeText(subject, rotationStep(at));
  return `${text}.${codeMac(key, subject, text)}`;
}
