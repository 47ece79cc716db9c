import SwaggerParser from '@apidevtools/swagger-parser';
import { API_PREFIX } from '../routes/gateway-route';
import { ROUTES } from '../routes/route-table';
import { openApiDocument } from './openapi-document';

type Operation = {
  operationId: string;
  security?: unknown[];
  'x-roles'?: string[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, unknown>;
};

describe('the OpenAPI document, generated from the route table', () => {
  const document = openApiDocument(ROUTES);
  const operation = (path: string, method: string) =>
    (document.paths as Record<string, Record<string, Operation>>)[API_PREFIX + path][
      method.toLowerCase()
    ];

  it('is valid OpenAPI 3.1', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('refuses a document that breaks the specification, so the check can fail', async () => {
    const broken = structuredClone(document) as { paths: Record<string, unknown> };
    broken.paths['/api/v1/me/balance'] = { get: { responses: 'none' } };
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow();
  });

  it.each(ROUTES.map((route) => [route.name, route] as const))(
    'describes %s as the route table does',
    (name, route) => {
      const described = operation(route.path, route.method);
      expect(described.operationId).toBe(name);
      expect(described.responses).toHaveProperty(String(route.status));
      if (route.access === 'public') {
        expect(described.security).toBeUndefined();
      } else {
        expect(described.security).toEqual([{ bearer: [] }]);
        expect(described['x-roles']).toEqual([...route.access]);
        expect(described.responses).toHaveProperty('401');
        expect(described.responses).toHaveProperty('403');
      }
      if (route.body) {
        const $ref = described.requestBody?.content['application/json'].schema.$ref;
        const schema = (document.components as { schemas: Record<string, object> }).schemas[
          String($ref).replace('#/components/schemas/', '')
        ];
        expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
      }
    },
  );
});
