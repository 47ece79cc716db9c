import { Request } from 'express';
import { Caller } from '../auth/caller';
import { MatchedRoute } from '../routes/match-route';

/** A request as the guards leave it for the controller. */
export interface GatewayRequest extends Request {
  id: string;
  matched: MatchedRoute;
  caller?: Caller;
}
