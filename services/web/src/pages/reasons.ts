import type { components } from '@citypoints/public-api';

/** Why verification may refuse a check-in: the public API's stable codes. */
export type RejectionReason = NonNullable<components['schemas']['ParticipationDto']['reason']>;

/**
 * Every rejection reason, each with a translation under `reason.<code>` in every language
 * (translations.unit.spec.ts): the Record's type makes the list follow the public API's.
 */
export const REJECTION_REASONS: Record<RejectionReason, true> = {
  'malformed-code': true,
  'bad-signature': true,
  'foreign-tenant': true,
  'unknown-activity': true,
  'superseded-code': true,
  'expired-code': true,
  'method-not-allowed': true,
  'not-open': true,
  'accuracy-too-poor': true,
  'outside-place': true,
  'once-per-occurrence': true,
  'limit-reached': true,
  cooldown: true,
  'impossible-travel': true,
  'scan-in-future': true,
  'scan-too-old': true,
  'invalid-personal-code': true,
  'unknown-person': true,
  'review-rejected': true,
};

/** Whether `code` is a rejection reason the app can explain. */
export function isRejectionReason(code: unknown): code is RejectionReason {
  return typeof code === 'string' && Object.hasOwn(REJECTION_REASONS, code);
}
