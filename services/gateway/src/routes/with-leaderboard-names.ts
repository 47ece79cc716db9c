import {
  LeaderboardEntryDto,
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

type Board = LeaderboardPageDto | LeaderboardStandingDto;

function entriesOf(board: Board): LeaderboardEntryDto[] {
  if ('entries' in board) return board.entries;
  return [...(board.entry ? [board.entry] : []), ...board.above, ...board.below];
}

/**
 * Identity's batch look-up (POST /tenants/:tenant/public-names) of the people on a page of a
 * leaderboard or around the caller, each once (at most 100 + 51, under its limit of 200);
 * none when the board shows nobody.
 */
export function leaderboardNamesPart(board: unknown, call: RouteCall): PartRequest | undefined {
  const userIds = [...new Set(entriesOf(board as Board).map((entry) => entry.userId))];
  if (userIds.length === 0) return undefined;
  return { service: 'identity', path: `/tenants/${call.tenant}/public-names`, body: { userIds } };
}

/**
 * The board with `name` on each entry, as the person consented (display name or nickname),
 * else NEUTRAL_NAME with `anonymous: true`.
 */
export function withLeaderboardNames(board: unknown, part: unknown): unknown {
  const { names } = (part as PublicNamesDto | undefined) ?? { names: {} };
  const named = (entry: LeaderboardEntryDto) => {
    const name = names[entry.userId.toLowerCase()] ?? null;
    return { ...entry, name: name ?? NEUTRAL_NAME, anonymous: name === null };
  };
  const answer = board as Board;
  if ('entries' in answer) return { ...answer, entries: answer.entries.map(named) };
  return {
    ...answer,
    entry: answer.entry && named(answer.entry),
    above: answer.above.map(named),
    below: answer.below.map(named),
  };
}
