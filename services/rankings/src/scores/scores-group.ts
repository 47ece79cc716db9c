/**
 * The consumer group that keeps the leaderboards. Transactional, so that the ledger's events
 * come in batches (a partition's fetch at a time, its ids recorded in one Postgres transaction)
 * and their scripts go to Redis in one pipeline; each score is also idempotent by itself, by its
 * event's marker (ScoreBoards), and the Postgres effects by upserts.
 */
export const SCORES_GROUP = 'rankings';
