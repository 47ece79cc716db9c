import { Problem } from '@citypoints/platform';
import { Injectable } from '@nestjs/common';
import { GatewayConfig } from '../gateway-config';
import { requireRedis } from '../redis/require-redis';
import { GatewayRoute } from '../routes/gateway-route';
import { accountHash } from './account-hash';
import { addressBucket } from './address-bucket';
import { RateLimiter } from './rate-limiter';
import { tooManyRequests } from './too-many-requests';

const FIFTEEN_MINUTES_MS = 15 * 60_000;
const HOUR_MS = 60 * 60_000;

/** One count an attempt passes, and the refusal past its limit. */
interface Throttle {
  key: string;
  limit: number;
  windowMs: number;
  refusal: string;
}

/**
 * Limits per account (e-mail address) on the public session routes, which the per-address
 * limit cannot see. Failed sign-ins are counted per account and client network, so that
 * failing on purpose from one network locks the account only for that network, and per
 * account over all networks, so that guesses spread over many stay bounded (NIST SP 800-63B
 * 5.2.2: at most 100). Reset mails are counted per account, so nobody floods one inbox. Each
 * attempt is counted before it is forwarded, so parallel attempts cannot overtake the count;
 * what turns out not to count is taken back.
 */
@Injectable()
export class AccountThrottles {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: GatewayConfig,
  ) {}

  /**
   * Forwards the request with `send` within the route's throttles, if it has any: 429 with
   * Retry-After past SIGN_IN_FAILURES_PER_CLIENT failed sign-ins to the account from the
   * client's network (`client`, its address, bucketed as the per-address limit does) in 15
   * minutes, past SIGN_IN_FAILURES_PER_ACCOUNT from all networks in an hour, or past
   * PASSWORD_RESETS_PER_ADDRESS reset mails in an hour.
   */
  async around<T>(
    route: GatewayRoute,
    tenant: string,
    body: Record<string, unknown>,
    client: string | undefined,
    send: () => Promise<T>,
  ): Promise<T> {
    if (!route.accountThrottle || typeof body.email !== 'string') return send();
    const account = accountHash(body.email);
    const signIn = route.accountThrottle === 'signIn';
    const throttles = signIn
      ? this.signInThrottles(tenant, account, client)
      : [this.resetMailThrottle(tenant, account)];
    await this.count(throttles);
    const keys = throttles.map((throttle) => throttle.key);
    return this.settle(keys, signIn, send);
  }

  // The client's network first: past its own limit, a network spends nothing of the account's
  // limit over all networks.
  private signInThrottles(tenant: string, account: string, client?: string): Throttle[] {
    const network = addressBucket(client, this.config.RATE_LIMIT_IPV6_PREFIX);
    const perClient = this.config.SIGN_IN_FAILURES_PER_CLIENT;
    const perAccount = this.config.SIGN_IN_FAILURES_PER_ACCOUNT;
    return [
      {
        key: this.limiter.accountKey(tenant, 'sign-in-failures', account, network),
        limit: perClient,
        windowMs: FIFTEEN_MINUTES_MS,
        refusal:
          'too many failed sign-ins to this account from this network: ' +
          `at most ${perClient} in 15 minutes`,
      },
      {
        key: this.limiter.accountKey(tenant, 'sign-in-failures', account),
        limit: perAccount,
        windowMs: HOUR_MS,
        refusal: `too many failed sign-ins to this account: at most ${perAccount} an hour`,
      },
    ];
  }

  private resetMailThrottle(tenant: string, account: string): Throttle {
    const limit = this.config.PASSWORD_RESETS_PER_ADDRESS;
    return {
      key: this.limiter.accountKey(tenant, 'reset-mails', account),
      limit,
      windowMs: HOUR_MS,
      refusal: `too many password-reset mails to this address: at most ${limit} an hour`,
    };
  }

  // A refused attempt is not made: the counts it passed before take it back.
  private async count(throttles: Throttle[]): Promise<void> {
    for (const [i, { key, limit, windowMs, refusal }] of throttles.entries()) {
      const verdict = await requireRedis('counting attempts per account', () =>
        this.limiter.hit(key, limit, windowMs),
      );
      if (!verdict.allowed) {
        await this.undo(throttles.slice(0, i).map((passed) => passed.key));
        throw tooManyRequests(refusal, verdict);
      }
    }
  }

  // A sign-in counts when it fails for the credentials (401), and a success starts the counts
  // over (consecutive failures, as NIST counts them); a reset counts when a mail may have gone.
  // Should Redis fail here, a count stays a hit too high until its window ends: strict, not
  // lax, and the answer of identity is not worth losing for it.
  private async settle<T>(keys: string[], signIn: boolean, send: () => Promise<T>): Promise<T> {
    let answer: T;
    try {
      answer = await send();
    } catch (error) {
      const failedSignIn = signIn && error instanceof Problem && error.getStatus() === 401;
      if (!failedSignIn) await this.undo(keys);
      throw error;
    }
    if (signIn) await Promise.all(keys.map((key) => this.limiter.forget(key).catch(() => null)));
    return answer;
  }

  private async undo(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.limiter.undo(key).catch(() => null)));
  }
}
