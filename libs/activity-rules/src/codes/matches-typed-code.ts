import { ActivityCodeSubject } from './activity-code';
import { codeMac, MAC } from './code-mac';
import { codeText } from './code-text';
import { sameMac } from './same-mac';

/**
 * Whether `typed` is the typed form of `subject`'s static code (typedActivityCode): case, spaces
 * and hyphens do not matter, and O, I and L count as 0, 1 and 1, as Crockford's base32 reads
 * them. Compared in constant time.
 */
export function matchesTypedCode(
  key: Buffer,
  subject: ActivityCodeSubject,
  typed: string,
): boolean {
  if (typed.length > 64) return false;
  const given = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return MAC.test(given) && sameMac(codeMac(key, subject, codeText(subject)), given);
}
