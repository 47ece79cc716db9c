/** PostgreSQL SQLSTATEs a later attempt can succeed on; class 08 (connection exception) too. */
const transientSqlStates = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available (lock_timeout)
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the database system is starting up
]);

/** Node's socket errors: the server is down, restarting, or not reachable for now. */
const transientSystemCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** Errors that carry no code: node-postgres's lost connection, ioredis's closed one. */
const transientMessages = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /the database system is (starting up|shutting down)/i,
  /connection is closed/i,
];

interface ErrorShape {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * Whether `error` is one a retry can cure: Postgres or Redis unreachable, restarting or
 * failing over, a serialization failure, a deadlock, a lock timeout, too many connections.
 * Looks into TypeORM's QueryFailedError (`driverError`), `cause` and AggregateError's
 * `errors`. Anything else (a bug, a constraint violated, bad data) is permanent: retrying it
 * fails the same way. SQLSTATEs from PostgreSQL's "Appendix A. PostgreSQL Error Codes"
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html).
 */
export function isTransientFailure(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, name, message } = error as ErrorShape;
  if (typeof code === 'string' && isTransientCode(code)) return true;
  if (name === 'MaxRetriesPerRequestError') return true;
  if (typeof message === 'string' && transientMessages.some((m) => m.test(message))) return true;
  return causesOf(error as ErrorShape).some((cause) => isTransientFailure(cause, depth + 1));
}

function isTransientCode(code: string): boolean {
  return transientSqlStates.has(code) || code.startsWith('08') || transientSystemCodes.has(code);
}

function causesOf({ driverError, cause, errors }: ErrorShape): unknown[] {
  return [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
}
