import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { GatewayConfig } from '../gateway-config';
import { viaManagementPort } from '../management/management-server';
import { requireRedis } from '../redis/require-redis';
import { addressBucket } from './address-bucket';
import { RateLimiter } from './rate-limiter';
import { tooManyRequests } from './too-many-requests';

/**
 * Per client address (IPv6 per /RATE_LIMIT_IPV6_PREFIX network): 429 past RATE_LIMIT_IP per
 * window. A middleware, so that it counts every request of the public port before anything
 * refuses it: bad tokens (401), unknown paths (404), wrong methods (405), bad parameters.
 */
@Injectable()
export class AddressRateLimit implements NestMiddleware {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: GatewayConfig,
  ) {}

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    if (viaManagementPort(request)) return next();
    const bucket = addressBucket(request.ip, this.config.RATE_LIMIT_IPV6_PREFIX);
    const limit = this.config.RATE_LIMIT_IP;
    const verdict = await requireRedis('counting requests', () =>
      this.limiter.hit(this.limiter.ipKey(bucket), limit),
    );
    if (!verdict.allowed) {
      const window = this.config.RATE_LIMIT_WINDOW_MS / 1000;
      throw tooManyRequests(
        `too many requests from this network: at most ${limit} per ${window} s`,
        verdict,
      );
    }
    next();
  }
}
