import type { Middleware } from 'openapi-fetch';

/** Where a client finds the current access token; none (or an empty one) sends no header. */
export type AccessTokenSource = () => string | undefined | Promise<string | undefined>;

/**
 * openapi-fetch middleware that sends `Authorization: Bearer <token>` (RFC 6750 §2.1) with the
 * token `source` gives at the time of each request, so that a token refreshed after the client
 * was made is used. A request that already carries an Authorization header keeps it.
 */
export function bearerToken(source: AccessTokenSource): Middleware {
  return {
    async onRequest({ request }) {
      if (request.headers.has('authorization')) return request;
      const token = await source();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  };
}
