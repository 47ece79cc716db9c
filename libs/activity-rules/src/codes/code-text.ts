import { ActivityCodeSubject, CODE_PREFIX } from './activity-code';

/**
 * The signed part of a code, its fields joined by dots: `CP1.S.<tenant>.<activity>.<generation>`
 * for a static code, `CP1.R.<tenant>.<activity>.<generation>.<step>` for a rotating one.
 */
export function codeText(subject: ActivityCodeSubject, step?: number): string {
  const { tenantId, activityId, generation } = subject;
  const fields = [CODE_PREFIX, step === undefined ? 'S' : 'R', tenantId, activityId, generation];
  return (step === undefined ? fields : [...fields, step]).join('.');
}
