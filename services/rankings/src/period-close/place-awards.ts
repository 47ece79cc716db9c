import { LeaderboardBonus, PlaceAward } from '@citypoints/contracts';
import { rankPlaces } from '../leaderboards/rank-places';

/** One entry of a closed board: its 1-based position, competition place, id and score. */
export interface ClosedStanding {
  position: number;
  place: number;
  /** A person's id on a people board, a group's on a group board. */
  id: string;
  score: number;
  /** The bonus of the place, by the tenant's rules; undefined: none. */
  bonus?: number;
}

/**
 * The final standings of a board from its entries best first (ties already in the board's
 * order: who reached the score first), placed by standard competition ranking, and each place
 * given the bonus the tenant's rules set for its rank: tied entries share a place and each gets
 * its bonus (101, 100, 100, 99 with 100/50/25 pay 100, 50, 50 and nothing).
 */
export function closedStandings(
  entries: readonly { id: string; score: number }[],
  bonuses: readonly LeaderboardBonus[],
): ClosedStanding[] {
  const pointsOf = new Map(bonuses.map(({ rank, points }) => [rank, points]));
  const places = rankPlaces(entries.map(({ score }) => score));
  return entries.map(({ id, score }, i) => {
    const bonus = pointsOf.get(places[i]);
    return { position: i + 1, place: places[i], id, score, ...(bonus && { bonus }) };
  });
}

/** The awards of people's standings: one for each person whose place has a bonus. */
export function placeAwards(standings: readonly ClosedStanding[]): PlaceAward[] {
  return standings.flatMap(({ place, id, bonus }) =>
    bonus ? [{ place, userId: id, points: bonus }] : [],
  );
}
