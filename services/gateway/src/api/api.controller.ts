import { Problem } from '@citypoints/platform';
import { All, Controller, Req, Res, UseGuards } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { RouteAccessGuard } from '../auth/route-access.guard';
import { Caller } from '../auth/caller';
import { endedSession } from '../auth/ended-session';
import { SessionGenerations } from '../auth/session-generations';
import { EventTickets } from '../events/event-tickets';
import { LiveEvents } from '../events/live-events';
import { GatewayConfig } from '../gateway-config';
import { readJsonBody } from '../problems/read-json-body';
import { validateInput } from '../problems/validate-input';
import { AccountThrottles } from '../rate-limit/account-throttles';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';
import { GatewayRoute, RouteCall } from '../routes/gateway-route';
import { forwardedHeaders } from '../upstream/forwarded-headers';
import { UpstreamAnswer, Upstreams } from '../upstream/upstreams';
import { GatewayRequest } from './gateway-request';
import { composeAnswer } from './compose-answer';

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
    private readonly liveEvents: LiveEvents,
    private readonly tickets: EventTickets,
    private readonly throttles: AccountThrottles,
    private readonly generations: SessionGenerations,
  ) {}

  @All(['', '*'])
  async handle(@Req() request: GatewayRequest, @Res() reply: FastifyReply): Promise<void> {
    const { route, params } = request.matched;
    const { caller } = request;
    const body = await validateInput(
      route.body,
      await readJsonBody(request.raw, this.config.BODY_LIMIT_BYTES),
      'body',
    );
    const query = await validateInput(route.query, { ...(request.query as object) }, 'query');
    if (!route.upstream) {
      if (!caller) throw new Problem(401, 'sign in to receive live events');
      await this.serveItself(route, caller, reply);
      return;
    }
    const call: RouteCall = {
      tenant: caller?.tenant ?? params.tenant,
      me: caller?.userId ?? '',
      params,
      body,
      query,
    };
    const { upstream } = route;
    const answer = await this.throttles.around(route, call.tenant, body, request.ip, () =>
      this.upstreams.send(upstream.service, {
        method: route.method,
        path: upstream.path(call),
        body: route.body ? (upstream.body?.(call) ?? body) : undefined,
        requestId: request.id,
        caller,
        headers: forwardedHeaders(route, request.headers),
      }),
    );
    await this.endSessions(route, call.tenant, caller, answer.body);
    // A route that answers nothing passes on nothing of the service's answer (a password
    // reset's names the person whose sessions it ended).
    if (route.status === 204) {
      await reply.status(204).send();
      return;
    }
    if (route.produces) {
      await this.sendFile(route, answer, reply);
      return;
    }
    const answerBody = route.compose
      ? await composeAnswer(route.compose, answer.body, call, (part) =>
          this.upstreams.send(part.service, {
            method: part.body ? 'POST' : 'GET',
            path: part.path,
            body: part.body,
            requestId: request.id,
            caller,
          }),
        )
      : answer.body;
    if (answerBody.length === 0) {
      await reply.status(answer.status).send();
      return;
    }
    await reply.status(answer.status).type('application/json').send(answerBody);
  }

  // A file (a poster) goes out as the service made it: its type and its file name. Opened in a
  // browser from the API's origin, an SVG must not run anything, whatever it holds.
  private async sendFile(
    route: GatewayRoute,
    answer: UpstreamAnswer,
    reply: FastifyReply,
  ): Promise<void> {
    if (answer.contentDisposition) reply.header('content-disposition', answer.contentDisposition);
    reply.header('x-content-type-options', 'nosniff');
    reply.header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    await reply
      .status(answer.status)
      .type(answer.contentType ?? (route.produces as string))
      .send(answer.body);
  }

  // identity's SessionsRevoked tells every replica too, but this refuses the older tokens at
  // once, before the client hears that the sessions ended.
  private async endSessions(
    route: GatewayRoute,
    tenant: string,
    caller: Caller | undefined,
    answer: Buffer,
  ): Promise<void> {
    if (!route.endsSessions) return;
    const ended = endedSession(route.endsSessions, tenant, caller, answer);
    if (ended) await this.generations.raise(ended.tenant, ended.userId, ended.generation);
  }

  private async serveItself(
    route: GatewayRoute,
    caller: Caller,
    reply: FastifyReply,
  ): Promise<void> {
    if (route.served === 'eventTicket') {
      await reply.status(route.status).send(await this.tickets.issue(caller));
      return;
    }
    await this.liveEvents.open(caller, reply);
  }
}
