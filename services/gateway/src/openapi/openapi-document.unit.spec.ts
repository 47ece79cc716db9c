import SwaggerParser from '@apidevtools/swagger-parser';
import { workspaceRoot } from '@citypoints/local-infra';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX } from '../routes/gateway-route';
import { ROUTES } from '../routes/route-table';
import { openApiDocument } from './openapi-document';

type Content = Record<string, { schema: { $ref?: string } }>;
type Operation = {
  operationId: string;
  security?: unknown[];
  'x-roles'?: string[];
  requestBody?: { content: Content };
  responses: Record<string, { content?: Content; headers?: object }>;
};
type Document = {
  openapi: string;
  info: { license?: { identifier?: string } };
  servers?: unknown[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object>; securitySchemes: Record<string, object> };
};

/** Problems the maintained linter (Redocly, recommended rules) finds in a document. */
async function lintProblems(document: object) {
  const config = await createConfig({ extends: ['recommended'] } as never);
  const problems = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: '/api/openapi.json',
    config,
  });
  return problems.map(({ severity, ruleId, message, location }) => ({
    severity,
    ruleId,
    message,
    at: location[0]?.pointer,
  }));
}

describe('the OpenAPI document, generated from the route table', () => {
  const document = openApiDocument(ROUTES) as unknown as Document;
  const operation = (path: string, method: string) =>
    document.paths[API_PREFIX + path][method.toLowerCase()];
  const schemaOf = ($ref?: string) =>
    document.components.schemas[String($ref).replace('#/components/schemas/', '')];

  it('is valid OpenAPI 3.1', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('refuses a document that breaks the specification, so the check can fail', async () => {
    const broken = structuredClone(document) as { paths: Record<string, unknown> };
    broken.paths['/api/v1/me/balance'] = { get: { responses: 'none' } };
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow();
  });

  it('passes the Redocly linter’s recommended rules without a problem', async () => {
    expect(await lintProblems(document)).toEqual([]);
  });

  it('fails the linter without servers, a licence or an operation’s security', async () => {
    const broken = structuredClone(document);
    delete broken.servers;
    delete broken.info.license;
    delete broken.paths[`${API_PREFIX}/me/balance`].get.security;
    const found = (await lintProblems(broken)).map((problem) => problem.ruleId);
    expect(found).toEqual(
      expect.arrayContaining(['no-empty-servers', 'info-license', 'security-defined']),
    );
  });

  it('names the licence of the project', () => {
    const { license } = JSON.parse(readFileSync(join(workspaceRoot(), 'package.json'), 'utf8'));
    expect(document.info.license?.identifier).toBe(license);
    expect(document.servers?.length).toBeGreaterThan(0);
  });

  it.each(ROUTES.map((route) => [route.name, route] as const))(
    'describes %s as the route table does',
    (name, route) => {
      const described = operation(route.path, route.method);
      expect(described.operationId).toBe(name);
      expect(described.responses).toHaveProperty(String(route.status));
      if (route.access === 'public') {
        expect(described.security).toEqual([]);
      } else {
        const ticket = route.served === 'eventStream' ? [{ eventTicket: [] }] : [];
        expect(described.security).toEqual([{ bearer: [] }, ...ticket]);
        expect(described['x-roles']).toEqual([...route.access]);
        expect(described.responses).toHaveProperty('401');
        expect(described.responses).toHaveProperty('403');
      }
      if (route.body) {
        const $ref = described.requestBody?.content['application/json'].schema.$ref;
        expect(schemaOf($ref)).toMatchObject({ type: 'object', additionalProperties: false });
      }
    },
  );

  it('opens the event stream with a bearer token or a ticket in the query, and nothing else', () => {
    expect(operation('/me/events', 'GET').security).toEqual([{ bearer: [] }, { eventTicket: [] }]);
    expect(document.components.securitySchemes.eventTicket).toMatchObject({
      type: 'apiKey',
      in: 'query',
      name: 'ticket',
    });
    const withTicket = ROUTES.filter((route) =>
      JSON.stringify(operation(route.path, route.method).security).includes('eventTicket'),
    );
    expect(withTicket.map((route) => route.name)).toEqual(['streamMyEvents']);
  });

  it.each(ROUTES.map((route) => [route.name, route] as const))(
    '%s declares 405 with Allow, which its path answers to a method it does not take',
    (_name, route) => {
      const { responses } = operation(route.path, route.method);
      expect(responses['405']).toMatchObject({ headers: { Allow: expect.any(Object) } });
    },
  );

  it.each(ROUTES.map((route) => [route.name, route] as const))(
    '%s lists its errors as problem details and describes its answer field by field',
    (_name, route) => {
      const { responses } = operation(route.path, route.method);
      const errors = Object.keys(responses).filter((status) => Number(status) >= 400);
      expect(errors).toEqual(
        expect.arrayContaining(['400', '404', '405', '429', '502', '503', '504']),
      );
      for (const status of errors) {
        expect(responses[status].content).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
        });
      }
      const answer = responses[String(route.status)].content?.['application/json'];
      if (route.produces) {
        expect(responses[String(route.status)]).toMatchObject({
          headers: { 'Content-Disposition': expect.any(Object) },
          content: { [route.produces]: { schema: { type: 'string' } } },
        });
      }
      if (route.status === 204 || route.served === 'eventStream' || route.produces) {
        expect(answer).toBeUndefined();
      } else {
        expect(schemaOf(answer?.schema.$ref)).toMatchObject({ additionalProperties: false });
      }
    },
  );
});
