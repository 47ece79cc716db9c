import { TENANT_ID } from '@citypoints/contracts';
import { Type } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { API_PREFIX, GatewayRoute } from '../routes/gateway-route';
import { dtoSchema } from './dto-schema';
import { PROBLEM_DETAILS, problemResponses } from './problem-responses';

type Schema = Record<string, unknown>;

const TAGS: Record<string, string> = {
  sessions: 'Signing up, in and out, and resetting a password',
  privacy: "The signed-in person's own data: export, consent, erasure",
  groups: 'Teams, schools, associations and neighbourhoods',
  qr: 'Personal QR codes shown to a verifier on site',
  'personal-cards': 'Printed personal cards a steward scans, for people without a smartphone',
  points: "The signed-in citizen's points: balance, history, gifts, live updates",
  administration: "A tenant admin's work in their own tenant",
  platform: "The platform operator's work: tenants",
  activities:
    "What residents take part in: activities near them, in their language; a tenant admin's " +
    'catalogue, its codes and posters',
  leaderboards:
    "The tenant's leaderboards of the period running now, each person named as they " +
    'consented; the people a tenant admin hides from them',
  offers:
    "What residents spend points on: partners' offers, with whether the caller can afford " +
    "each; partners' staff draft and submit them, the tenant's admins approve them",
  redemptions:
    "Spending points on a voucher, and the signed-in citizen's vouchers with their codes",
  counter: "A partner's counter: a voucher looked up by its code or QR code, and used once",
  partners: "The tenant's partners, the staff bound to them, and their vouchers' statistics",
  causes: 'Charitable causes, the points donated to them, and donating',
};

/**
 * OpenAPI 3.1 of the public API, from the route table and the DTOs' decorators: every
 * operation with its security (`[]` when public), its answer and its problems.
 */
export function openApiDocument(routes: readonly GatewayRoute[]): Schema {
  const schemas: Record<string, Schema> = {};
  const refOf = (dto: Type): Schema => {
    if (!schemas[dto.name]) {
      schemas[dto.name] = {};
      schemas[dto.name] = dtoSchema(dto, refOf);
    }
    return { $ref: `#/components/schemas/${dto.name}` };
  };
  const paths: Record<string, Record<string, Schema>> = {};
  for (const route of routes) {
    const path = API_PREFIX + route.path;
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route, refOf) };
  }
  const used = new Set(routes.map((route) => route.tag));
  return {
    openapi: '3.1.0',
    info: {
      title: 'City Points public API',
      version: '1',
      description:
        'For the web app, mobile apps and partner counters. Errors are application/problem+json.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: '/', description: 'the gateway that serves this document' }],
    tags: Object.entries(TAGS)
      .filter(([name]) => used.has(name))
      .map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: { ...schemas, ProblemDetails: PROBLEM_DETAILS },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'the access token of a sign-in or refresh',
        },
        eventTicket: {
          type: 'apiKey',
          in: 'query',
          name: 'ticket',
          description:
            'a single-use, 30-second ticket from POST /api/v1/me/event-tickets, for clients ' +
            'that cannot send Authorization (EventSource in browsers); only on the event ' +
            'stream, and only without an Authorization header',
        },
      },
    },
  };
}

function operation(route: GatewayRoute, refOf: (dto: Type) => Schema): Schema {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema:
      name === 'tenant'
        ? { type: 'string', pattern: TENANT_ID.source, example: 'cascais' }
        : { type: 'string', format: 'uuid' },
  }));
  const queryParams = route.query ? queryParameters(dtoSchema(route.query)) : [];
  return {
    operationId: route.name,
    summary: route.summary,
    tags: [route.tag],
    security: securityOf(route),
    ...(route.access !== 'public' && { 'x-roles': [...route.access] }),
    ...(pathParams.length + queryParams.length > 0 && {
      parameters: [...pathParams, ...queryParams],
    }),
    ...(route.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: refOf(route.body) } },
      },
    }),
    responses: {
      [route.status]: success(route, refOf),
      ...Object.fromEntries(
        (route.alsoStatus ?? []).map((status) => [
          status,
          { ...success(route, refOf), description: STATUS_CODES[status] ?? 'OK' },
        ]),
      ),
      ...problemResponses(route),
    },
  };
}

/** Either scheme opens a route: `[]` on public ones; the event stream takes a ticket too. */
function securityOf(route: GatewayRoute): Schema[] {
  if (route.access === 'public') return [];
  return route.served === 'eventStream' ? [{ bearer: [] }, { eventTicket: [] }] : [{ bearer: [] }];
}

function success(route: GatewayRoute, refOf: (dto: Type) => Schema): Schema {
  const description = STATUS_CODES[route.status] ?? 'OK';
  if (route.status === 204) return { description };
  if (route.served === 'eventStream') {
    return { description, content: { 'text/event-stream': { schema: { type: 'string' } } } };
  }
  if (route.produces) {
    return {
      description,
      headers: DOWNLOAD,
      content: {
        [route.produces]: { schema: { type: 'string', contentMediaType: route.produces } },
      },
    };
  }
  const schema = route.response ? refOf(route.response) : { type: 'object' };
  return { description, content: { 'application/json': { schema } } };
}

// A file to save, under the name the service gives it.
const DOWNLOAD: Schema = {
  'Content-Disposition': {
    description: 'attachment, with the file name',
    schema: { type: 'string', example: 'attachment; filename="poster-….pdf"' },
  },
};

function queryParameters(schema: Schema): Schema[] {
  const { properties = {}, required = [] } = schema as {
    properties?: Record<string, Schema>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    ...(description !== undefined && { description }),
    schema: property,
  }));
}
