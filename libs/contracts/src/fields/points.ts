/**
 * The most points one movement, request or event carries, so that a bug or a forged message
 * cannot mint a fortune; a larger balance moves in several movements.
 */
export const MAX_POINTS = 1_000_000;

/**
 * How an amount of points may be: `positive`, a whole number from 1 to MAX_POINTS (earned,
 * given, spent); `signed`, from -MAX_POINTS to MAX_POINTS but not 0 (an admin's correction,
 * negative when it takes points away).
 */
export type PointsSign = 'positive' | 'signed';

/** Whether `value` is a number of points of that sign. */
export function isPoints(value: unknown, sign: PointsSign = 'positive'): value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value === 0) return false;
  return Math.abs(value) <= MAX_POINTS && (sign === 'signed' || value > 0);
}

/**
 * Why `value` is not a number of points of that sign, naming the field, or undefined when it
 * is. The one wording of the rule for requests, wherever it is checked.
 */
export function pointsProblem(
  value: unknown,
  field: string,
  sign: PointsSign = 'positive',
): string | undefined {
  if (isPoints(value, sign)) return undefined;
  if (sign === 'positive') return `${field} must be a whole number from 1 to ${MAX_POINTS}`;
  if (value === 0) return `${field} must not be 0`;
  return `${field} must be a whole number from -${MAX_POINTS} to ${MAX_POINTS}, not 0`;
}
