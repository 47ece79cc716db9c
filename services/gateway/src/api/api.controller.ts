import { All, Controller, Req, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';
import { RouteAccessGuard } from '../auth/route-access.guard';
import { openEventStream } from '../events/event-stream';
import { LedgerEventFeed } from '../events/ledger-event-feed';
import { GatewayConfig } from '../gateway-config';
import { Problem } from '../problems/problem';
import { readJsonBody } from '../problems/read-json-body';
import { validateInput } from '../problems/validate-input';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';
import { RouteCall } from '../routes/gateway-route';
import { Upstreams } from '../upstream/upstreams';
import { GatewayRequest } from './gateway-request';

/**
 * Every /api/v1 route, as the route table describes it: the guards have found the route and
 * checked the caller; here the input is checked and the request forwarded.
 */
@Controller('api/v1')
@UseGuards(RouteAccessGuard, RateLimitGuard)
export class ApiController {
  constructor(
    private readonly config: GatewayConfig,
    private readonly upstreams: Upstreams,
    private readonly feed: LedgerEventFeed,
  ) {}

  @All(['', '*path'])
  async handle(@Req() request: GatewayRequest, @Res() response: Response): Promise<void> {
    const { route, params } = request.matched;
    const { caller } = request;
    const body = await validateInput(
      route.body,
      await readJsonBody(request, this.config.BODY_LIMIT_BYTES),
      'body',
    );
    const query = await validateInput(route.query, { ...request.query }, 'query');
    if (!route.upstream) {
      if (!caller) throw new Problem(401, 'sign in to receive live events');
      openEventStream(this.feed, caller, request, response, this.config.SSE_HEARTBEAT_MS);
      return;
    }
    const call: RouteCall = {
      tenant: caller?.tenant ?? params.tenant,
      me: caller?.userId ?? '',
      params,
      body,
      query,
    };
    const answer = await this.upstreams.send(route.upstream.service, {
      method: route.method,
      path: route.upstream.path(call),
      body: route.body ? (route.upstream.body?.(call) ?? body) : undefined,
      requestId: request.id,
      caller,
    });
    response.status(answer.status);
    if (answer.status === 204 || answer.body.length === 0) {
      response.end();
      return;
    }
    response.type('application/json').send(answer.body);
  }
}
