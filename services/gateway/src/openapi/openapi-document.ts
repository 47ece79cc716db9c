import { Type } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { API_PREFIX, GatewayRoute } from '../routes/gateway-route';
import { dtoSchema } from './dto-schema';

type Schema = Record<string, unknown>;

const PROBLEM: Schema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/** OpenAPI 3.1 of the public API, from the route table and the DTOs' decorators. */
export function openApiDocument(routes: readonly GatewayRoute[]): Schema {
  const schemas: Record<string, Schema> = {};
  const ref = (dto: Type, closed: boolean) => {
    // Unknown fields are refused (400), so request bodies are closed objects.
    // A DTO that is also a response stays closed: what the gateway accepts must be accurate.
    const wasClosed = schemas[dto.name]?.additionalProperties === false;
    schemas[dto.name] = {
      ...dtoSchema(dto),
      ...((closed || wasClosed) && { additionalProperties: false }),
    };
    return { $ref: `#/components/schemas/${dto.name}` };
  };
  const paths: Record<string, Record<string, Schema>> = {};
  for (const route of routes) {
    const path = API_PREFIX + route.path;
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route, ref) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'City Points public API',
      version: '1',
      description:
        'For the web app, mobile apps and partner counters. Errors are application/problem+json.',
    },
    paths,
    components: {
      schemas: { ...schemas, Problem: PROBLEM },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}

function operation(route: GatewayRoute, ref: (dto: Type, closed: boolean) => Schema): Schema {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema:
      name === 'tenant'
        ? { type: 'string', example: 'cascais' }
        : { type: 'string', format: 'uuid' },
  }));
  const queryParams = route.query ? queryParameters(dtoSchema(route.query)) : [];
  return {
    operationId: route.name,
    summary: route.summary,
    tags: [route.tag],
    ...(route.access !== 'public' && {
      security: [{ bearer: [] }],
      'x-roles': [...route.access],
    }),
    ...(pathParams.length + queryParams.length > 0 && {
      parameters: [...pathParams, ...queryParams],
    }),
    ...(route.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: ref(route.body, true) } },
      },
    }),
    responses: { [route.status]: success(route, ref), ...problems(route) },
  };
}

function success(route: GatewayRoute, ref: (dto: Type, closed: boolean) => Schema): Schema {
  const description = STATUS_CODES[route.status] ?? 'OK';
  if (route.status === 204) return { description };
  if (!route.upstream) {
    return { description, content: { 'text/event-stream': { schema: { type: 'string' } } } };
  }
  const schema = route.response ? ref(route.response, false) : { type: 'object' };
  return { description, content: { 'application/json': { schema } } };
}

function problems(route: GatewayRoute): Record<string, Schema> {
  const statuses = [400, 404, 429, 502, 503];
  if (route.body) statuses.push(413, 415);
  if (route.access !== 'public') statuses.push(401, 403);
  return Object.fromEntries(
    statuses.sort().map((status) => [
      status,
      {
        description: STATUS_CODES[status],
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      },
    ]),
  );
}

function queryParameters(schema: Schema): Schema[] {
  const { properties = {}, required = [] } = schema as {
    properties?: Record<string, Schema>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema: property,
  }));
}
