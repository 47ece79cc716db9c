import { createPublicApiClient } from '@citypoints/public-api';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import SwaggerParser from '@apidevtools/swagger-parser';
import { createTenant, PASSWORD } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

describe('a client generated from the served OpenAPI document', () => {
  const tenant = 'client-town';
  let cluster: GatewayCluster;

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, tenant);
  });

  afterAll(async () => {
    await cluster?.close();
  });

  it('serves the document as valid OpenAPI 3.1, with a browsable UI', async () => {
    const served = await request(cluster.gateway.url).get('/api/openapi.json').expect(200);
    expect(served.body.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(served.body)).resolves.toBeDefined();
    const ui = await request(cluster.gateway.url).get('/api/docs').redirects(1);
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('signs up, signs in and reads the balance with the typed client', async () => {
    const client = createPublicApiClient(cluster.gateway.url);
    const email = `${randomUUID()}@example.org`;
    const signedUp = await client.POST('/api/v1/tenants/{tenant}/sign-up', {
      params: { path: { tenant } },
      body: { email, password: PASSWORD, displayName: 'Ana Silva' },
    });
    expect(signedUp.response.status).toBe(201);
    const userId = signedUp.data?.userId;
    expect(userId).toEqual(expect.any(String));

    const session = await client.POST('/api/v1/tenants/{tenant}/sessions', {
      params: { path: { tenant } },
      body: { email, password: PASSWORD },
    });
    expect(session.data).toMatchObject({ userId, tokenType: 'Bearer' });

    const signedIn = createPublicApiClient(cluster.gateway.url, {
      accessToken: () => session.data?.accessToken,
    });
    const balance = await signedIn.GET('/api/v1/me/balance');
    expect(balance.data).toEqual({ accountId: userId, balance: 0 });

    const refused = await client.GET('/api/v1/me/balance');
    expect(refused.response.status).toBe(401);
    expect(refused.error).toMatchObject({ status: 401, title: 'Unauthorized' });
  });
});
