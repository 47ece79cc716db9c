import { Injectable } from '@nestjs/common';
import { GatewayConfig } from '../gateway-config';
import { Problem } from '../problems/problem';
import { requireRedis } from '../redis/require-redis';
import { GatewayRoute } from '../routes/gateway-route';
import { accountHash } from './account-hash';
import { RateLimiter } from './rate-limiter';
import { tooManyRequests } from './too-many-requests';

const SIGN_IN_WINDOW_MS = 15 * 60_000;
const PASSWORD_RESET_WINDOW_MS = 60 * 60_000;

/**
 * Limits per account (e-mail address) on the public session routes, over all client
 * addresses, which the per-address limit cannot see: password guesses spread over many
 * addresses (NIST SP 800-63B 5.2.2: at most 100 consecutive failures) and reset mails flooding
 * one inbox. Each attempt is counted before it is forwarded, so parallel attempts cannot
 * overtake the count; what turns out not to count is taken back.
 */
@Injectable()
export class AccountThrottles {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: GatewayConfig,
  ) {}

  /**
   * Forwards the request with `send` within the route's throttle, if it has one: 429 with
   * Retry-After past SIGN_IN_FAILURES_PER_ACCOUNT failed sign-ins per 15 minutes, or past
   * PASSWORD_RESETS_PER_ADDRESS reset mails per hour.
   */
  async around<T>(
    route: GatewayRoute,
    tenant: string,
    body: Record<string, unknown>,
    send: () => Promise<T>,
  ): Promise<T> {
    if (!route.accountThrottle || typeof body.email !== 'string') return send();
    const signIn = route.accountThrottle === 'signIn';
    const key = this.limiter.accountKey(
      tenant,
      signIn ? 'sign-in-failures' : 'reset-mails',
      accountHash(body.email),
    );
    const limit = signIn
      ? this.config.SIGN_IN_FAILURES_PER_ACCOUNT
      : this.config.PASSWORD_RESETS_PER_ADDRESS;
    const verdict = await requireRedis('counting attempts per account', () =>
      this.limiter.hit(key, limit, signIn ? SIGN_IN_WINDOW_MS : PASSWORD_RESET_WINDOW_MS),
    );
    if (!verdict.allowed) {
      throw tooManyRequests(
        signIn
          ? `too many failed sign-ins to this account: at most ${limit} in 15 minutes`
          : `too many password-reset mails to this address: at most ${limit} an hour`,
        verdict,
      );
    }
    return this.settle(key, signIn, send);
  }

  // A sign-in counts when it fails for the credentials (401), and a success starts the count
  // over (consecutive failures, as NIST counts them); a reset counts when a mail may have gone.
  // Should Redis fail here, the count stays a hit too high until its window ends: strict, not
  // lax, and the answer of identity is not worth losing for it.
  private async settle<T>(key: string, signIn: boolean, send: () => Promise<T>): Promise<T> {
    let answer: T;
    try {
      answer = await send();
    } catch (error) {
      const failedSignIn = signIn && error instanceof Problem && error.getStatus() === 401;
      if (!failedSignIn) await this.limiter.undo(key).catch(() => undefined);
      throw error;
    }
    if (signIn) await this.limiter.forget(key).catch(() => undefined);
    return answer;
  }
}
