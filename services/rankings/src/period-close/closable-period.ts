import { DomainError } from '@citypoints/contracts';
import { DateTime } from 'luxon';
import { LeaderboardPeriod, periodAt } from '../periods/leaderboard-period';

/** A period that ends, and so may be closed: a week, a month or a year. */
export type ClosablePeriod = LeaderboardPeriod & {
  kind: 'week' | 'month' | 'year';
  startsAt: Date;
  nextResetAt: Date;
};

const FORMS = [
  { kind: 'week', pattern: /^(\d{4})-W(\d{2})$/ },
  { kind: 'month', pattern: /^(\d{4})-(\d{2})$/ },
  { kind: 'year', pattern: /^(\d{4})$/ },
] as const;

/**
 * The period whose id is `periodId` (`2027-W01`, `2027-03` or `2027`, as periodAt names them)
 * in the calendar of `timeZone`. Throws DomainError `invalid-period` (400, field period) for
 * anything else: another form, `all` (it never ends), or a week or month that does not exist.
 */
export function closablePeriod(periodId: string, timeZone: string): ClosablePeriod {
  for (const { kind, pattern } of FORMS) {
    const match = pattern.exec(periodId);
    if (!match) continue;
    const [year, n] = [Number(match[1]), Number(match[2] ?? 1)];
    const first =
      kind === 'week'
        ? DateTime.fromObject({ weekYear: year, weekNumber: n, weekday: 1 }, { zone: timeZone })
        : DateTime.fromObject({ year, month: n, day: 1 }, { zone: timeZone });
    // An id names a period only if the period its first day falls in has that very id.
    const period = first.isValid && periodAt(kind, first.toJSDate(), timeZone);
    if (period && period.id === periodId) return period as ClosablePeriod;
  }
  throw new DomainError(
    'invalid',
    'invalid-period',
    `period must be the id of a week (2027-W01), a month (2027-03) or a year (2027), not ${periodId}`,
    'period',
  );
}
