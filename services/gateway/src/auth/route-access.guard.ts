import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Response } from 'express';
import { GatewayRequest } from '../api/gateway-request';
import { requestDuration } from '../api/request-metrics';
import { Problem } from '../problems/problem';
import { MatchedRoute } from '../routes/match-route';
import { AccessTokens } from './access-tokens';

export const ROUTE_MATCHER = Symbol('ROUTE_MATCHER');
export type RouteMatcher = (method: string, path: string) => MatchedRoute;

/** Finds the request's route in the table, and lets through only the roles it lists. */
@Injectable()
export class RouteAccessGuard implements CanActivate {
  constructor(
    @Inject(ROUTE_MATCHER) private readonly match: RouteMatcher,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    request.matched = this.match(request.method, request.path);
    const stopTimer = requestDuration.startTimer({ route: request.matched.route.name });
    context
      .switchToHttp()
      .getResponse<Response>()
      .once('finish', function (this: Response) {
        stopTimer({ status: this.statusCode });
      });
    const { access } = request.matched.route;
    if (access === 'public') return true;
    const caller = await this.tokens.callerOf(request.headers.authorization);
    if (!access.includes(caller.role)) {
      throw new Problem(403, `a ${caller.role} may not ${request.method} ${request.path}`);
    }
    request.caller = caller;
    return true;
  }
}
