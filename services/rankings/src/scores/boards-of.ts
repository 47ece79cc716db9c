import { LEADERBOARD_PERIODS, LeaderboardCategory } from '@citypoints/http-contracts';
import { BoardRef } from '../core/rankings-keys';
import { periodIdAt } from '../periods/leaderboard-period';
import { periodTimeOf, Score } from './score';

/**
 * The boards a score adds to: the person's, for the week, month, year (each the one its
 * periodTimeOf falls in, by `timeZone`, the tenant's IANA zone) and all time, each for every category
 * together and, when the score has one, for its category. Throws a RangeError for a time zone
 * luxon does not know (see periodAt, whose ids periodIdAt reuses).
 */
export function boardsOf(score: Score, timeZone: string): BoardRef[] {
  const categories: LeaderboardCategory[] = score.category ? ['all', score.category] : ['all'];
  const instant = periodTimeOf(score);
  return LEADERBOARD_PERIODS.flatMap((kind) => {
    const periodId = periodIdAt(kind, instant, timeZone);
    return categories.map((category) => ({ scope: 'people' as const, periodId, category }));
  });
}
