import { hkdfSync } from 'node:crypto';
import { ActivityCodeSubject } from './activity-code';

const SALT = 'citypoints/activity-code/v1';

/**
 * The activity's code secret, 32 bytes, derived (HKDF-SHA256, RFC 5869) from the deployment's
 * activity-code key for one activity at one generation. The activities service signs codes with
 * it and verification checks them with it, each holding only the key (ACTIVITY_CODE_KEY, at least
 * 32 random bytes): no secret travels in events, and raising the generation gives the activity a
 * new secret, so its old posters stop working. Throws when the key is shorter than 32 bytes.
 */
export function activityCodeSecret(key: Buffer, subject: ActivityCodeSubject): Buffer {
  if (key.length < 32) throw new Error('the activity-code key must be at least 32 bytes');
  const info = `${subject.tenantId}\n${subject.activityId}\n${subject.generation}`;
  return Buffer.from(hkdfSync('sha256', key, SALT, info, 32));
}
