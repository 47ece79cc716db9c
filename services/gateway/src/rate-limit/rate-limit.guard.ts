import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { GatewayRequest } from '../api/gateway-request';
import { GatewayConfig } from '../gateway-config';
import { requireRedis } from '../redis/require-redis';
import { RateLimiter } from './rate-limiter';
import { tooManyRequests } from './too-many-requests';

/**
 * Per signed-in person: 429 past RATE_LIMIT_PERSON per window. Signing out passes anyway, so
 * that a person over their limit can still end a session they fear is stolen. The count per
 * client address comes earlier, for every request (AddressRateLimit).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: GatewayConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    const { caller } = request;
    if (!caller || request.matched.route.pastPersonLimit) return true;
    const limit = this.config.RATE_LIMIT_PERSON;
    const verdict = await requireRedis('counting requests', () =>
      this.limiter.hit(this.limiter.personKey(caller.tenant, caller.userId), limit),
    );
    if (!verdict.allowed) {
      const window = this.config.RATE_LIMIT_WINDOW_MS / 1000;
      throw tooManyRequests(`too many requests: at most ${limit} per ${window} s`, verdict);
    }
    void context
      .switchToHttp()
      .getResponse<FastifyReply>()
      .header('RateLimit-Remaining', String(verdict.remaining));
    return true;
  }
}
