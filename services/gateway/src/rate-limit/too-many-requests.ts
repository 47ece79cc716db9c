import { Problem } from '@citypoints/platform';
import { RateLimitVerdict } from './rate-limiter';

/** The 429 of a limit: `detail` says which, Retry-After when its window resets. */
export function tooManyRequests(detail: string, verdict: RateLimitVerdict): Problem {
  return new Problem(429, detail, undefined, {
    'Retry-After': String(verdict.retryAfterSeconds),
    'RateLimit-Remaining': '0',
  });
}
