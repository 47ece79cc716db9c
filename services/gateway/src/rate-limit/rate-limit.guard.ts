import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Response } from 'express';
import { GatewayRequest } from '../api/gateway-request';
import { GatewayConfig } from '../gateway-config';
import { Problem } from '../problems/problem';
import { RateLimiter, RateLimitVerdict } from './rate-limiter';

/** Per client address on every route, and per person once signed in: 429 past the limit. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger('rate-limit');

  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: GatewayConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const { caller } = request;
    // Both counts in one round trip: ioredis pipelines commands sent together.
    const [, person] = await Promise.all([
      this.check(this.limiter.ipKey(request.ip ?? 'unknown'), this.config.RATE_LIMIT_IP),
      caller &&
        this.check(
          this.limiter.personKey(caller.tenant, caller.userId),
          this.config.RATE_LIMIT_PERSON,
        ),
    ]);
    if (person) response.setHeader('RateLimit-Remaining', String(person.remaining));
    return true;
  }

  private async check(key: string, limit: number): Promise<RateLimitVerdict> {
    let verdict: RateLimitVerdict;
    try {
      verdict = await this.limiter.hit(key, limit);
    } catch (error) {
      // Without the shared counts the limits would not hold: refuse rather than guess.
      this.logger.error(`rate limits cannot be counted: ${(error as Error).message}`);
      throw new Problem(503, 'the gateway cannot count requests right now; try again soon', [], {
        'Retry-After': '5',
      });
    }
    if (!verdict.allowed) {
      throw new Problem(
        429,
        `too many requests: at most ${limit} per ${this.config.RATE_LIMIT_WINDOW_MS / 1000} s`,
        undefined,
        { 'Retry-After': String(verdict.retryAfterSeconds), 'RateLimit-Remaining': '0' },
      );
    }
    return verdict;
  }
}
