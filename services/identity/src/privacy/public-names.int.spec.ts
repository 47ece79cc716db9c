import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('public names, many at once', () => {
  const tenant = 'names-town';
  let service: TestApp;

  beforeAll(async () => {
    service = await startIdentity();
  });

  afterAll(async () => {
    await service?.close();
  });

  const lookUp = async (reader: TestPerson, userIds: unknown) =>
    (await service.httpAs(reader)).post(`/tenants/${tenant}/public-names`).send({ userIds });
  const namesOf = async (reader: TestPerson, userIds: string[]) =>
    (await lookUp(reader, userIds).then((response) => response.body)).names;
  const consent = (person: TestPerson, body: object) =>
    service.http().put(`/tenants/${tenant}/people/${person.userId}/consent`).send(body).expect(200);

  it('names each person as they consent at the moment of asking', async () => {
    const reader = await signUp(service, tenant);
    const ana = await signUp(service, tenant, { displayName: 'Ana Publica' });
    expect(await namesOf(reader, [ana.userId])).toEqual({ [ana.userId]: null });

    await consent(ana, { visibility: 'public' });
    expect(await namesOf(reader, [ana.userId])).toEqual({ [ana.userId]: 'Ana Publica' });
    await consent(ana, { visibility: 'nickname', nickname: 'surfista' });
    expect(await namesOf(reader, [ana.userId])).toEqual({ [ana.userId]: 'surfista' });
    await consent(ana, { visibility: 'hidden' });
    expect(await namesOf(reader, [ana.userId])).toEqual({ [ana.userId]: null });
  });

  it('answers the hidden, the erased, the unknown and other tenants alike with null', async () => {
    const reader = await signUp(service, tenant);
    const hidden = await signUp(service, tenant, { displayName: 'Bea Hidden' });
    const erased = await signUp(service, tenant, { displayName: 'Carla Erased' });
    await consent(erased, { visibility: 'public' });
    await service.http().delete(`/tenants/${tenant}/people/${erased.userId}`).expect(204);
    const elsewhere = await signUp(service, 'other-names-town', { displayName: 'Dora Away' });
    await service
      .http()
      .put(`/tenants/other-names-town/people/${elsewhere.userId}/consent`)
      .send({ visibility: 'public' })
      .expect(200);
    const unknown = randomUUID();

    const response = await lookUp(reader, [
      hidden.userId,
      erased.userId,
      elsewhere.userId,
      unknown,
    ]);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      names: {
        [hidden.userId]: null,
        [erased.userId]: null,
        [elsewhere.userId]: null,
        [unknown]: null,
      },
    });
  });

  it('takes an id once, whatever its case or how often it is asked for', async () => {
    const reader = await signUp(service, tenant);
    const ana = await signUp(service, tenant, { displayName: 'Ana Repeated' });
    await consent(ana, { visibility: 'public' });
    const repeated = Array.from({ length: 300 }, (_, i) =>
      i % 2 ? ana.userId : ana.userId.toUpperCase(),
    );
    expect(await namesOf(reader, repeated)).toEqual({ [ana.userId]: 'Ana Repeated' });
  });

  it.each([
    ['201 different ids', Array.from({ length: 201 }, () => randomUUID()), 'at most 200'],
    ['an id that is not a UUID', ['me'], 'only UUIDs'],
    ['no list', 'everyone', 'a list'],
  ])('refuses %s with 400 naming userIds', async (_case, userIds, message) => {
    const response = await lookUp(await signUp(service, tenant), userIds);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({
      field: 'userIds',
      message: expect.stringContaining(message),
    });
    expect(new Set(response.body.errors.map((error: { field: string }) => error.field))).toEqual(
      new Set(['userIds']),
    );
  });

  it("refuses a person of another tenant asking for this tenant's names", async () => {
    const stranger = await signUp(service, 'other-names-town');
    const response = await lookUp(stranger, [stranger.userId]);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('other-tenant');
  });
});
