import { WeeklyTotalsDto, WeekPointsDto, isoWeeks } from '@citypoints/http-contracts';

/**
 * A tenant's weekly totals from the weeks the ledger's history had movements in (any order):
 * every ISO week of the span, in order, those without movements with zeros.
 */
export function weeklyTotals(
  span: { from: string; to: string },
  timeZone: string,
  moved: WeekPointsDto[],
): WeeklyTotalsDto {
  const weeks = isoWeeks(span.from, span.to).map(
    (week) =>
      moved.find((row) => row.week === week) ?? {
        week,
        issued: 0,
        spent: 0,
        donated: 0,
        expired: 0,
      },
  );
  return { ...span, timeZone, weeks };
}
