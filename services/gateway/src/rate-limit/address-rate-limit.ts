import { Problem, sendProblem } from '@citypoints/platform';
import { Injectable } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { addressLimitRefusals } from '../api/request-metrics';
import { GatewayConfig } from '../gateway-config';
import { viaManagementPort } from '../management/management-server';
import { requireRedis } from '../redis/require-redis';
import { addressBucket } from './address-bucket';
import { RateLimiter } from './rate-limiter';
import { tooManyRequests } from './too-many-requests';

/**
 * Per client address (IPv6 per /RATE_LIMIT_IPV6_PREFIX network): 429 past RATE_LIMIT_IP per
 * window. A Fastify onRequest hook that createGatewayApp puts before everything that answers, so
 * that it counts every request of the public port: CORS preflights, the OpenAPI document and
 * its browsable docs, paths kept for the management port, and whatever is refused later (bad
 * tokens, unknown paths, wrong methods, bad parameters). It runs before Nest, so it answers
 * its refusals itself.
 */
@Injectable()
export class AddressRateLimit {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: GatewayConfig,
  ) {}

  /** The hook: resolves once counted, or having answered the refusal itself. */
  async onRequest(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | void> {
    if (viaManagementPort(request.raw)) return;
    try {
      await this.count(request);
    } catch (error) {
      sendProblem(request, reply, error as Problem);
      return reply;
    }
  }

  private async count(request: FastifyRequest): Promise<void> {
    const bucket = addressBucket(request.ip, this.config.RATE_LIMIT_IPV6_PREFIX);
    const limit = this.config.RATE_LIMIT_IP;
    const verdict = await requireRedis('counting requests', () =>
      this.limiter.hit(this.limiter.ipKey(bucket), limit),
    );
    if (verdict.allowed) return;
    addressLimitRefusals.inc();
    const window = this.config.RATE_LIMIT_WINDOW_MS / 1000;
    throw tooManyRequests(
      `too many requests from this network: at most ${limit} per ${window} s`,
      verdict,
    );
  }
}
