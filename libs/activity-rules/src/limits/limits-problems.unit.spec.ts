import { DomainError } from '@citypoints/contracts';
import { MAX_COOLDOWN_MINUTES, MAX_PER_PERIOD } from './activity-limits';
import { assertLimits } from './assert-limits';
import { limitsProblems } from './limits-problems';

describe('limitsProblems', () => {
  it.each([
    ['no limits', {}],
    [
      'every limit',
      { oncePerOccurrence: true, perPeriod: { count: 3, period: 'week' }, cooldownMinutes: 0 },
    ],
    [
      'the largest limits',
      {
        perPeriod: { count: MAX_PER_PERIOD, period: 'month' },
        cooldownMinutes: MAX_COOLDOWN_MINUTES,
      },
    ],
  ])('accepts %s', (_, limits) => {
    expect(limitsProblems(limits)).toEqual([]);
  });

  it.each([
    ['not an object', null, 'limits', 'malformed-limits'],
    [
      'oncePerOccurrence as text',
      { oncePerOccurrence: 'yes' },
      'limits.oncePerOccurrence',
      'malformed-limits',
    ],
    ['perPeriod as a number', { perPeriod: 3 }, 'limits.perPeriod', 'malformed-limits'],
    [
      'a count of 0',
      { perPeriod: { count: 0, period: 'day' } },
      'limits.perPeriod.count',
      'limit-out-of-range',
    ],
    [
      'a count of 1.5',
      { perPeriod: { count: 1.5, period: 'day' } },
      'limits.perPeriod.count',
      'limit-out-of-range',
    ],
    [
      'a missing count',
      { perPeriod: { period: 'day' } },
      'limits.perPeriod.count',
      'limit-out-of-range',
    ],
    [
      'a count over the maximum',
      { perPeriod: { count: MAX_PER_PERIOD + 1, period: 'day' } },
      'limits.perPeriod.count',
      'limit-out-of-range',
    ],
    [
      'a year period',
      { perPeriod: { count: 1, period: 'year' } },
      'limits.perPeriod.period',
      'unknown-period',
    ],
    [
      'a negative cooldown',
      { cooldownMinutes: -1 },
      'limits.cooldownMinutes',
      'limit-out-of-range',
    ],
    [
      'a cooldown as text',
      { cooldownMinutes: '30' },
      'limits.cooldownMinutes',
      'limit-out-of-range',
    ],
    [
      'a cooldown over a year',
      { cooldownMinutes: MAX_COOLDOWN_MINUTES + 1 },
      'limits.cooldownMinutes',
      'limit-out-of-range',
    ],
  ])('refuses %s, naming the field', (_, limits, field, code) => {
    expect(limitsProblems(limits)).toEqual([expect.objectContaining({ field, code })]);
  });

  it('lists every problem, under the field the caller names', () => {
    const problems = limitsProblems(
      { perPeriod: { count: 0, period: 'hour' }, cooldownMinutes: -5 },
      'activity.limits',
    );
    expect(problems).toEqual([
      {
        field: 'activity.limits.perPeriod.count',
        code: 'limit-out-of-range',
        message: `activity.limits.perPeriod.count must be a whole number from 1 to ${MAX_PER_PERIOD}`,
      },
      {
        field: 'activity.limits.perPeriod.period',
        code: 'unknown-period',
        message: 'activity.limits.perPeriod.period must be one of day, week, month',
      },
      expect.objectContaining({ field: 'activity.limits.cooldownMinutes' }),
    ]);
  });
});

describe('assertLimits', () => {
  it('throws the first problem as an invalid DomainError naming the field', () => {
    const thrown = catchError(() => assertLimits({ cooldownMinutes: -1 }));
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      kind: 'invalid',
      code: 'limit-out-of-range',
      field: 'limits.cooldownMinutes',
    });
  });

  it('passes valid limits', () => {
    expect(() => assertLimits({ perPeriod: { count: 1, period: 'day' } })).not.toThrow();
  });
});

function catchError(act: () => void): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}
