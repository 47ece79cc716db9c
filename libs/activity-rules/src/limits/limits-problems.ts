import { isRecord } from '../schedule/is-record';
import { RuleProblem } from '../schedule/rule-problem';
import { LIMIT_PERIODS, MAX_COOLDOWN_MINUTES, MAX_PER_PERIOD } from './activity-limits';

/**
 * Every reason why `value` (JSON as received) is not ActivityLimits, each naming its field
 * under `field` (`limits.perPeriod.count`) with a stable code, or [] when it is:
 * `malformed-limits` (not an object, oncePerOccurrence not a boolean, perPeriod not an
 * object), `limit-out-of-range` (count not a whole number from 1 to MAX_PER_PERIOD,
 * cooldownMinutes not a whole number from 0 to MAX_COOLDOWN_MINUTES), `unknown-period`.
 */
export function limitsProblems(value: unknown, field = 'limits'): RuleProblem[] {
  if (!isRecord(value)) return [malformed(field, `${field} must be an object`)];
  const { oncePerOccurrence, perPeriod, cooldownMinutes } = value;
  const problems: RuleProblem[] = [];
  if (oncePerOccurrence !== undefined && typeof oncePerOccurrence !== 'boolean') {
    const at = `${field}.oncePerOccurrence`;
    problems.push(malformed(at, `${at} must be true or false`));
  }
  if (perPeriod !== undefined) problems.push(...perPeriodProblems(perPeriod, `${field}.perPeriod`));
  if (cooldownMinutes !== undefined) {
    const at = `${field}.cooldownMinutes`;
    problems.push(...wholeNumberProblems(cooldownMinutes, at, 0, MAX_COOLDOWN_MINUTES));
  }
  return problems;
}

function perPeriodProblems(perPeriod: unknown, field: string): RuleProblem[] {
  if (!isRecord(perPeriod)) return [malformed(field, `${field} must be an object`)];
  const problems = wholeNumberProblems(perPeriod.count, `${field}.count`, 1, MAX_PER_PERIOD);
  if (!LIMIT_PERIODS.some((period) => period === perPeriod.period)) {
    const message = `${field}.period must be one of ${LIMIT_PERIODS.join(', ')}`;
    problems.push({ field: `${field}.period`, code: 'unknown-period', message });
  }
  return problems;
}

function wholeNumberProblems(value: unknown, field: string, min: number, max: number) {
  if (Number.isInteger(value) && Number(value) >= min && Number(value) <= max) return [];
  const message = `${field} must be a whole number from ${min} to ${max}`;
  return [{ field, code: 'limit-out-of-range', message }];
}

function malformed(field: string, message: string): RuleProblem {
  return { field, code: 'malformed-limits', message };
}
