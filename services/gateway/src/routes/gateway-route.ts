import { Role } from '@citypoints/contracts';
import { Type } from '@nestjs/common';
import { SessionsEndedBy } from '../auth/ended-session';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type UpstreamService =
  'identity' | 'ledger' | 'activities' | 'verification' | 'rankings' | 'rewards';

/** Request headers a route may pass on to its upstream, in lower case. */
export type ForwardedHeader = 'idempotency-key';

/** What a route answers other than JSON: a file to download, passed on as the service gave it. */
export type FileMediaType = 'image/svg+xml' | 'application/pdf';

/** What a forwarded request knows: the tenant and caller always come from the token. */
export interface RouteCall {
  tenant: string;
  /** The signed-in person's id; empty on public routes. */
  me: string;
  params: Record<string, string>;
  body: Record<string, unknown>;
  query: Record<string, unknown>;
}

export interface Upstream {
  service: UpstreamService;
  /** The internal path, query string included. */
  path(call: RouteCall): string;
  /** The internal body, when it differs from the validated public one. */
  body?(call: RouteCall): Record<string, unknown>;
}

/** The call for a second service's part of an answer: a GET, or a POST of `body`. */
export interface PartRequest {
  service: UpstreamService;
  /** The internal path, query string included. */
  path: string;
  body?: Record<string, unknown>;
}

/**
 * A second service's part of an answer, which the gateway joins to the upstream's (DESIGN.md:
 * the gateway composes).
 */
export interface Composition {
  /**
   * What to read once the upstream has answered, which may depend on its answer (the people a
   * history names); undefined when the answer needs nothing joined.
   */
  part(answer: unknown, call: RouteCall): PartRequest | undefined;
  /**
   * The answer; `part` is undefined when nothing was read or its service answered 404 (it
   * holds nothing).
   */
  join(answer: unknown, part: unknown, call: RouteCall): unknown;
  /**
   * The answer is whole without the part (names on a history): when the part's service fails
   * (5xx), the upstream's answer goes out as it is, without the joined fields, rather than fail.
   */
  optional?: true;
}

/** One row of the public API: who may call it, what it takes, and where it goes. */
export interface GatewayRoute {
  name: string;
  summary: string;
  tag: string;
  method: HttpMethod;
  /** Under /api/v1, with {param}s; only public and platform routes name a {tenant}. */
  path: string;
  access: 'public' | readonly Role[];
  body?: Type;
  query?: Type;
  response?: Type;
  status: number;
  /**
   * Other successes the upstream may answer, with the same body (a closure already done: 200
   * beside 201); the document declares them too.
   */
  alsoStatus?: readonly number[];
  /** Where the request goes; absent for the routes the gateway serves itself (`served`). */
  upstream?: Upstream;
  /** Joins another service's part to the upstream's answer. */
  compose?: Composition;
  /** What the gateway serves itself: the live event stream and the tickets that open it. */
  served?: 'eventStream' | 'eventTicket';
  /**
   * Ends every session of a person, the caller's or the one identity's answer names (which the
   * client is not shown): the gateway refuses their older tokens at once (auth/ended-session.ts).
   */
  endsSessions?: SessionsEndedBy;
  /** Let through past the per-person rate limit: signing out must always be possible. */
  pastPersonLimit?: true;
  /** Also throttled per e-mail address (rate-limit/account-throttles.ts). */
  accountThrottle?: 'signIn' | 'passwordReset';
  /**
   * Request headers passed on to the upstream as the client sent them, when it sent them (a
   * check-in's `Idempotency-Key`, which the service judges); no other header ever is.
   */
  forwardHeaders?: readonly ForwardedHeader[];
  /**
   * The answer is a file of this type rather than JSON (a poster): it goes out with the
   * upstream's own content-type and content-disposition, and `response` is not used.
   */
  produces?: FileMediaType;
}

export const API_PREFIX = '/api/v1';
