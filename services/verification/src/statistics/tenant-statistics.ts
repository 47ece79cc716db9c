import { ActivityCategory } from '@citypoints/contracts';
import {
  ImpactTotalDto,
  isoWeeks,
  ParticipationFiguresDto,
  TenantStatisticsDto,
} from '@citypoints/http-contracts';

/**
 * Verified participations counted by the store (statistics.store.ts) at one grouping: a week
 * and a category, a week (category undefined), a category over the span (week undefined), or
 * the whole span (both undefined).
 */
export interface ParticipationCountRow {
  week?: string;
  category?: ActivityCategory;
  participations: number;
  /** Distinct people among them. */
  people: number;
}

/** Impact summed by the store for one unit, in a week or over the span (week undefined). */
export interface ImpactSumRow extends ImpactTotalDto {
  week?: string;
}

/**
 * A tenant's statistics from the store's rows: every ISO week the span touches, in order, empty
 * ones with zeros; categories and impact units by name. Active residents per week and over the
 * span come from their own rows, as distinct people cannot be added up from the weeks'.
 */
export function tenantStatistics(
  span: { from: string; to: string },
  timeZone: string,
  counts: ParticipationCountRow[],
  impact: ImpactSumRow[],
): TenantStatisticsDto {
  const weeks = isoWeeks(span.from, span.to).map((week) => ({
    week,
    ...figures(counts, impact, week),
  }));
  return { ...span, timeZone, weeks, totals: figures(counts, impact, undefined) };
}

function figures(
  counts: ParticipationCountRow[],
  impact: ImpactSumRow[],
  week: string | undefined,
): ParticipationFiguresDto {
  const inWeek = counts.filter((row) => row.week === week);
  const all = inWeek.find((row) => row.category === undefined);
  const categories = inWeek
    .flatMap(({ category, participations }) => (category ? [{ category, participations }] : []))
    .sort((a, b) => a.category.localeCompare(b.category));
  const units = impact
    .filter((row) => row.week === week)
    .map(({ unit, quantity }) => ({ unit, quantity }))
    .sort((a, b) => a.unit.localeCompare(b.unit));
  return {
    participations: all?.participations ?? 0,
    categories,
    activeResidents: all?.people ?? 0,
    impact: units,
  };
}
