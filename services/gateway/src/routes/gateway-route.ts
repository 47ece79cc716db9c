import { Role } from '@citypoints/contracts';
import { Type } from '@nestjs/common';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type UpstreamService = 'identity' | 'ledger';

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

/** One row of the public API: who may call it, what it takes, and where it goes. */
export interface GatewayRoute {
  name: string;
  summary: string;
  tag: string;
  method: HttpMethod;
  /** Under /api/v1, with {param}s; only public routes name a {tenant}. */
  path: string;
  access: 'public' | readonly Role[];
  body?: Type;
  query?: Type;
  response?: Type;
  status: number;
  /** Where the request goes; absent for the live event stream, which the gateway serves. */
  upstream?: Upstream;
}

export const API_PREFIX = '/api/v1';
