/**
 * The consumer group that keeps the leaderboards. Not transactional: its effects are in Redis,
 * each made idempotent by the event's marker (ScoreBoards), and in Postgres by upserts.
 */
export const SCORES_GROUP = 'rankings';
