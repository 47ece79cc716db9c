import { STATUS_CODES } from 'node:http';
import { GatewayRoute } from '../routes/gateway-route';

type Schema = Record<string, unknown>;

/** RFC 9457 problem details, as the gateway answers every error. */
export const PROBLEM_DETAILS: Schema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'the path that was called' },
    code: {
      type: 'string',
      description: 'the stable code of a refusal by a domain rule, e.g. insufficient-points',
    },
    errors: {
      type: 'array',
      description: 'each field of the input that was refused, and why',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

const WHY: Record<number, string> = {
  400: 'Bad input: each refused field is named in errors',
  401: 'No valid access token, or credentials or a token identity refused',
  403: "The caller's role may not do this, or the service refused it for them",
  404: 'Something the request names does not exist',
  405: 'This path does not take this method; Allow lists the ones it does',
  409: 'A conflict with the current state: taken, insufficient, closed or reused',
  413: 'The body is larger than the gateway takes',
  415: 'The body is not application/json',
  429: 'Too many requests; Retry-After says when to try again',
  502: 'A service failed to answer',
  503: 'A service is unavailable; Retry-After says when to try again',
  504: 'A service did not answer in time',
};

// A 405 belongs to a path, not to an operation; OpenAPI has no place for it but the path's
// operations, so each of them declares it.
const ALLOW: Schema = {
  Allow: { description: 'the methods this path takes', schema: { type: 'string' } },
};

/**
 * The problems an operation may answer: bad input, an unknown path or a method its path does
 * not take, limits and the services failing for every one; tokens and roles for signed-in
 * routes; conflicts for writes; body size and type for routes that take a body.
 */
export function problemResponses(route: GatewayRoute): Record<string, Schema> {
  const statuses = [400, 401, 404, 405, 429, 502, 503, 504];
  if (route.access !== 'public') statuses.push(403);
  if (route.method !== 'GET') statuses.push(409);
  if (route.body) statuses.push(413, 415);
  return Object.fromEntries(
    statuses
      .sort((a, b) => a - b)
      .map((status) => [
        String(status),
        {
          description: WHY[status] ?? STATUS_CODES[status],
          ...(status === 405 && { headers: ALLOW }),
          content: {
            'application/problem+json': {
              schema: { $ref: '#/components/schemas/ProblemDetails' },
            },
          },
        },
      ]),
  );
}
