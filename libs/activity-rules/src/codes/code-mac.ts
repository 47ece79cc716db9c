import { base32crockford } from '@scure/base';
import { createHmac } from 'node:crypto';
import { ActivityCodeSubject } from './activity-code';
import { activityCodeSecret } from './activity-code-secret';

// 80 bits: beyond guessing through a rate-limited API, short enough to type (16 characters).
const MAC_BYTES = 10;

/** A MAC as codeMac writes it: 16 of Crockford's base32 digits. */
export const MAC = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/**
 * The code's signature: the first 80 bits of HMAC-SHA256 over `text` with the activity's code
 * secret, in Crockford's base32 (digits and capitals without I, L, O, U), 16 characters.
 */
export function codeMac(key: Buffer, subject: ActivityCodeSubject, text: string): string {
  const mac = createHmac('sha256', activityCodeSecret(key, subject)).update(text).digest();
  return base32crockford.encode(mac.subarray(0, MAC_BYTES));
}
