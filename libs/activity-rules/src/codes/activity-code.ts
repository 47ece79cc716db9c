/**
 * What an activity's QR code names: the activity, in its tenant, at the generation of its code
 * secret (raised when an admin rotates the secret, which turns every earlier code down).
 */
export interface ActivityCodeSubject {
  tenantId: string;
  activityId: string;
  /** 1, 2, …: the generation of the activity's code secret. */
  generation: number;
}

/** A code read from a scan: a printed poster's (static) or an event screen's (rotating). */
export type ActivityCode = ActivityCodeSubject &
  (
    { kind: 'static' } | { kind: 'rotating'; /** ROTATION_SECONDS since the epoch. */ step: number }
  );

/** A rotating code changes every ROTATION_SECONDS (issue 12: a new code every 30 s). */
export const ROTATION_SECONDS = 30;

/** The version prefix of every code: a later format can be told apart. */
export const CODE_PREFIX = 'CP1';
