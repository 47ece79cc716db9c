import {
  ClosedLeaderboardPeriodDto,
  GroupContributionsDto,
  LeaderboardPageDto,
  LeaderboardStandingDto,
  PublicNamesDto,
} from '@citypoints/http-contracts';
import { PartRequest, RouteCall } from './gateway-route';

/**
 * What a leaderboard shows for a person identity gives no name for: one label for people who
 * chose not to be named, erased people and ids it does not know, so it never tells which.
 */
export const NEUTRAL_NAME = 'Anonymous';

/** Anyone a board names: an entry, a member's contribution, a closed standing. */
interface Named {
  userId: string;
}

/**
 * The answers whose people get names: a page of a people board, a standing around a person,
 * a group's members' contributions and a closed period (its winners and its page of people).
 */
type Board =
  LeaderboardPageDto | LeaderboardStandingDto | GroupContributionsDto | ClosedLeaderboardPeriodDto;

/** The answer with `name` applied to each person it holds, in place of each. */
function mapPeople(board: Board, name: <T extends Named>(one: T) => T): Board {
  if ('contributions' in board) return { ...board, contributions: board.contributions.map(name) };
  if ('winners' in board) {
    const people = { ...board.people, entries: board.people.entries.map(name) };
    return { ...board, winners: board.winners.map(name), people };
  }
  if ('entries' in board) return { ...board, entries: board.entries.map(name) };
  return {
    ...board,
    entry: board.entry && name(board.entry),
    above: board.above.map(name),
    below: board.below.map(name),
  };
}

function peopleOf(board: Board): string[] {
  const ids: string[] = [];
  mapPeople(board, (one) => (ids.push(one.userId), one));
  return [...new Set(ids)];
}

/**
 * Identity's batch look-up (POST /tenants/:tenant/public-names) of the people an answer shows
 * (a page of a leaderboard or of a group's members, the people around the caller, a closed
 * period's winners and page), each once (at most 100 + 51, or 2 × 100 less the winners who
 * are on the page too, under its limit of 200); none when the answer shows nobody.
 */
export function leaderboardNamesPart(board: unknown, call: RouteCall): PartRequest | undefined {
  const userIds = peopleOf(board as Board);
  if (userIds.length === 0) return undefined;
  return { service: 'identity', path: `/tenants/${call.tenant}/public-names`, body: { userIds } };
}

/**
 * The answer with `name` on each person, as they consented (display name or nickname), else
 * NEUTRAL_NAME with `anonymous: true`.
 */
export function withLeaderboardNames(board: unknown, part: unknown): unknown {
  const { names } = (part as PublicNamesDto | undefined) ?? { names: {} };
  return mapPeople(board as Board, (one) => {
    const name = names[one.userId.toLowerCase()] ?? null;
    return { ...one, name: name ?? NEUTRAL_NAME, anonymous: name === null };
  });
}
