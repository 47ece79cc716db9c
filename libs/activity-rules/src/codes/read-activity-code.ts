import { TENANT_ID } from '@citypoints/contracts';
import { ActivityCode, CODE_PREFIX } from './activity-code';
import { codeMac, MAC } from './code-mac';
import { sameMac } from './same-mac';

/** Why a scanned text is no activity code: not one at all, or not signed with our key. */
export type ActivityCodeRefusal = 'malformed-code' | 'bad-signature';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const WHOLE = /^[1-9][0-9]{0,9}$/;
// Longer than any code: a longer text is refused before it is split or hashed.
const MAX_LENGTH = 160;

/**
 * Reads a scanned code (staticActivityCode or rotatingActivityCode) and checks its MAC in
 * constant time. Answers the code, or why it is refused: 'malformed-code' for anything not in the
 * format (truncated, another app's QR code, 160 characters or more) and 'bad-signature' for a
 * forged or altered one, or one made with another deployment's key. Whether its tenant,
 * generation and time fit the check-in is the caller's to judge.
 */
export function readActivityCode(
  key: Buffer,
  text: string,
): { code: ActivityCode } | { refused: ActivityCodeRefusal } {
  if (text.length >= MAX_LENGTH) return { refused: 'malformed-code' };
  const parts = text.split('.');
  const [prefix, kind, tenantId, activityId, generation] = parts;
  const step = kind === 'R' ? parts[5] : undefined;
  const mac = parts[parts.length - 1];
  const wellFormed =
    prefix === CODE_PREFIX &&
    parts.length === (kind === 'R' ? 7 : kind === 'S' ? 6 : -1) &&
    TENANT_ID.test(tenantId) &&
    UUID.test(activityId) &&
    WHOLE.test(generation) &&
    (step === undefined || WHOLE.test(step)) &&
    MAC.test(mac);
  if (!wellFormed) return { refused: 'malformed-code' };
  const subject = { tenantId, activityId, generation: Number(generation) };
  const signed = parts.slice(0, -1).join('.');
  if (!sameMac(codeMac(key, subject, signed), mac)) return { refused: 'bad-signature' };
  return {
    code:
      step === undefined
        ? { ...subject, kind: 'static' }
        : { ...subject, kind: 'rotating', step: Number(step) },
  };
}
