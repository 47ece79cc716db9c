import { ROTATION_SECONDS } from './activity-code';

/** The rotation step `at` falls in: whole ROTATION_SECONDS since the Unix epoch. */
export function rotationStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / ROTATION_SECONDS);
}
