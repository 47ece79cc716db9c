import { FastifyRequest } from 'fastify';
import { Caller } from '../auth/caller';
import { MatchedRoute } from '../routes/match-route';

/** A request as the guards leave it for the controller. */
export interface GatewayRequest extends FastifyRequest {
  matched: MatchedRoute;
  caller?: Caller;
}
