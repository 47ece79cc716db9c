import { ParticipationVerified } from '@citypoints/contracts';
import { ServiceTokenSigner } from '@citypoints/platform';
import { startTestApp, TestApp } from '@citypoints/platform/testing';
import { INestApplication } from '@nestjs/common';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';

// The gateway's token shape, signed with a key the service does not trust.
async function serviceTokenOfAnotherKey(): Promise<string> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return new ServiceTokenSigner(pem).authorization('verification');
}

describe('POST /tenants/:tenant/check-ins', () => {
  const path = '/tenants/cascais/check-ins';
  let service: TestApp;
  let app: INestApplication;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestApp('verification', AppModule.forRoot);
    ({ app, db } = service);
  });

  afterAll(async () => {
    await service?.close();
  });

  const valid = () => ({
    userId: randomUUID(),
    activityId: randomUUID(),
    points: 20,
    method: 'steward',
  });

  async function rows(table: 'participation' | 'outbox'): Promise<number> {
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ${table}`);
    return count;
  }
  const counts = async () => ({
    participations: await rows('participation'),
    outbox: await rows('outbox'),
  });

  it('stores the participation and its ParticipationVerified event together', async () => {
    const input = valid();
    const response = await service.http().post(path).send(input);
    expect(response.status).toBe(201);
    const [stored] = await db.query(`SELECT * FROM participation WHERE id = $1`, [
      response.body.id,
    ]);
    expect(stored).toMatchObject({ user_id: input.userId, points: 20, tenant_id: 'cascais' });
    const [outbox] = await db.query(`SELECT topic, event FROM outbox WHERE message_key = $1`, [
      `cascais:${input.userId}`,
    ]);
    expect(outbox.topic).toBe('citypoints.verification.v1');
    expect(outbox.event).toMatchObject({
      type: ParticipationVerified,
      tenantid: 'cascais',
      data: { participationId: response.body.id, points: 20, method: 'steward' },
    });
  });

  it.each([
    ['zero points', { points: 0 }, 'points'],
    ['negative points', { points: -5 }, 'points'],
    ['fractional points', { points: 1.5 }, 'points'],
    ['huge points', { points: 10 ** 12 }, 'points'],
    ['points as text', { points: 'ten' }, 'points'],
    ['a missing user', { userId: undefined }, 'userId'],
    ['a malformed activity id', { activityId: '42' }, 'activityId'],
    ['an unknown method', { method: 'telepathy' }, 'method'],
    ['an unknown field', { bonus: 1000 }, 'bonus'],
    ['a tenant in the body', { tenantId: 'sintra' }, 'tenantId'],
  ])('rejects %s with a 400 naming the field, and writes nothing', async (_case, change, field) => {
    const before = await counts();
    const response = await service
      .http()
      .post(path)
      .send({ ...valid(), ...change });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it('rejects a bad tenant id in the path with a 400 naming it, and writes nothing', async () => {
    const before = await counts();
    const response = await service.http().post('/tenants/Cascais%20Town!/check-ins').send(valid());
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('tenant must');
    expect(await counts()).toEqual(before);
  });

  it('refuses a call acting for a person of another tenant, and writes nothing', async () => {
    const before = await counts();
    const ana = {
      userId: randomUUID(),
      tenant: 'sintra',
      role: 'verifier' as const,
      generation: 0,
    };
    const response = await (await service.httpAs(ana)).post(path).send(valid());
    expect(response.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('reports itself ready, with the database and Kafka up, and serves metrics', async () => {
    const ready = await request(app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, kafka: { status: 'up' } });
    const metrics = await request(app.getHttpServer()).get('/metrics');
    expect(metrics.text).toContain('citypoints_outbox_published_total');
  });

  it('refuses calls without a valid service token, and writes nothing', async () => {
    const before = await rows('participation');
    const forged = await serviceTokenOfAnotherKey();
    for (const authorization of [undefined, 'Bearer not-a-token', forged]) {
      const call = request(app.getHttpServer()).post(path);
      const response = await (authorization ? call.set('authorization', authorization) : call).send(
        valid(),
      );
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toContain('ServiceToken');
    }
    expect(await rows('participation')).toBe(before);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await service
      .http()
      .post(path)
      .set('content-type', 'application/json')
      .send('{"points": ');
    expect(response.status).toBe(400);
  });
});
