import { ActivityCodeSubject } from './activity-code';
import { codeMac } from './code-mac';
import { codeText } from './code-text';

/**
 * The text of an activity's printed QR code, `CP1.S.<tenant>.<activity>.<generation>.<mac>`,
 * valid until the activity's code secret is rotated. Its MAC is also what a person without a
 * camera types (typedActivityCode).
 */
export function staticActivityCode(key: Buffer, subject: ActivityCodeSubject): string {
  const text = codeText(subject);
  return `${text}.${codeMac(key, subject, text)}`;
}
