import { pathOf, Problem } from '@citypoints/platform';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GatewayRequest } from '../api/gateway-request';
import { EventTickets } from '../events/event-tickets';
import { MatchedRoute } from '../routes/match-route';
import { AccessTokens } from './access-tokens';
import { Caller } from './caller';
import { SessionGenerations } from './session-generations';

export const ROUTE_MATCHER = Symbol('ROUTE_MATCHER');
export type RouteMatcher = (method: string, path: string) => MatchedRoute;

/**
 * Finds the request's route in the table, and lets through only the roles it lists, with a
 * token (or, for the event stream only, a ticket) whose session has not ended since.
 */
@Injectable()
export class RouteAccessGuard implements CanActivate {
  constructor(
    @Inject(ROUTE_MATCHER) private readonly match: RouteMatcher,
    private readonly tokens: AccessTokens,
    private readonly tickets: EventTickets,
    private readonly generations: SessionGenerations,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    const path = pathOf(request);
    request.matched = this.match(request.method, path);
    const { access } = request.matched.route;
    if (access === 'public') return true;
    const caller = await this.callerOf(request);
    await this.generations.assertCurrent(caller);
    if (!access.includes(caller.role)) {
      throw new Problem(403, `a ${caller.role} may not ${request.method} ${path}`);
    }
    request.caller = caller;
    return true;
  }

  // Browsers' EventSource cannot send Authorization: the event stream alone takes a ticket
  // instead, and only when no header is sent.
  private callerOf(request: GatewayRequest): Promise<Caller> {
    const { authorization } = request.headers;
    const { ticket } = request.query as Record<string, unknown>;
    if (request.matched.route.served === 'eventStream' && !authorization && ticket !== undefined) {
      return this.tickets.redeem(typeof ticket === 'string' ? ticket : '');
    }
    return this.tokens.callerOf(authorization);
  }
}
