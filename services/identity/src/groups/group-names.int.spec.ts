import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe("group names: the gateway's batch look-up for group leaderboards", () => {
  const tenant = 'group-names-town';
  let service: TestApp;

  beforeAll(async () => {
    service = await startIdentity();
  });

  afterAll(async () => {
    await service?.close();
  });

  const lookUp = async (reader: TestPerson, groupIds: unknown, at = tenant) =>
    (await service.httpAs(reader)).post(`/tenants/${at}/group-names`).send({ groupIds });
  const createGroup = async (founder: TestPerson, name: string, at = tenant) => {
    const created = await service
      .http()
      .post(`/tenants/${at}/groups`)
      .send({ name, kind: 'school', createdBy: founder.userId });
    expect(created.status).toBe(201);
    return created.body.groupId as string;
  };

  it("names the tenant's groups, null for others' and unknown ones, each id once", async () => {
    const founder = await signUp(service, tenant);
    const school = await createGroup(founder, 'Escola Básica de Alcabideche');
    const club = await createGroup(founder, 'Clube Naval');
    const stranger = await signUp(service, 'other-group-names-town');
    const foreign = await createGroup(stranger, 'Foreign team', 'other-group-names-town');
    const unknown = randomUUID();
    const reader = await signUp(service, tenant);
    const response = await lookUp(reader, [school.toUpperCase(), school, club, foreign, unknown]);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      names: {
        [school]: 'Escola Básica de Alcabideche',
        [club]: 'Clube Naval',
        [foreign]: null,
        [unknown]: null,
      },
    });
    expect((await lookUp(reader, [])).body).toEqual({ names: {} });
  });

  it.each([
    ['a list of group ids', 'nope'],
    ['only UUIDs', ['team-a']],
    ['at most 200', Array.from({ length: 201 }, () => randomUUID())],
  ])('refuses groupIds that are not %s with 400 naming it', async (message, groupIds) => {
    const response = await lookUp(await signUp(service, tenant), groupIds);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({
      field: 'groupIds',
      message: expect.stringContaining(message),
    });
  });

  it("refuses a person of another tenant asking for this tenant's group names", async () => {
    const stranger = await signUp(service, 'other-group-names-town');
    const response = await lookUp(stranger, [randomUUID()]);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('other-tenant');
  });
});
