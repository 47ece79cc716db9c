import { ActivityCodeSubject } from './activity-code';
import { codeMac } from './code-mac';
import { codeText } from './code-text';

/**
 * The static code's MAC as a poster prints it for typing, `XXXX-XXXX-XXXX-XXXX` (Crockford's
 * base32): with the activity chosen in the app, it proves the poster was seen.
 */
export function typedActivityCode(key: Buffer, subject: ActivityCodeSubject): string {
  return codeMac(key, subject, codeText(subject)).replace(/(.{4})(?=.)/g, '$1-');
}
