import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import { bearerToken, type AccessTokenSource } from './bearer-token';
import type { paths } from './public-api';

/** A client of the gateway's public API, typed by its OpenAPI document. */
export type PublicApiClient = Client<paths>;

/** How createPublicApiClient authenticates and fetches; both are optional. */
export interface PublicApiClientOptions {
  /** Read before each request for the Bearer token to send; without it no token is sent. */
  accessToken?: AccessTokenSource;
  /** The fetch to call (default: the global fetch), e.g. to add a timeout or in tests. */
  fetch?: ClientOptions['fetch'];
}

/**
 * A typed client of the public API at `baseUrl` (the gateway's origin, e.g.
 * `https://api.citypoints.example`, without `/api/v1`: the paths carry it). Each call answers
 * `{ data }` with the declared body on success or `{ error }` with the problem+json (RFC 9457)
 * on failure, and `response` in both cases; it rejects only when no answer could be read (a
 * network error, a body that is not the JSON it claims to be).
 */
export function createPublicApiClient(
  baseUrl: string,
  options: PublicApiClientOptions = {},
): PublicApiClient {
  const client = createClient<paths>({ baseUrl, fetch: options.fetch });
  if (options.accessToken) client.use(bearerToken(options.accessToken));
  return client;
}
