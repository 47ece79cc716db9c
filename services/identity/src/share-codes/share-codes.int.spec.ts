import { TestApp } from '@citypoints/platform/testing';
import { DataSource } from 'typeorm';
import { signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('share codes: finding a person to give points to without a UUID', () => {
  const tenant = 'share-town';
  let service: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
  });

  afterAll(() => service?.close());

  const as = (person: TestPerson) => service.httpAs(person);
  const shareCodeOf = async (person: TestPerson) =>
    (await (await as(person)).get(`/tenants/${person.tenant}/people/${person.userId}`)).body
      .shareCode as string;
  const find = async (reader: TestPerson, code: string, at = reader.tenant) =>
    (await as(reader)).get(`/tenants/${at}/share-codes/${encodeURIComponent(code)}`);
  const consent = (person: TestPerson, consent: object) =>
    service
      .http()
      .put(`/tenants/${person.tenant}/people/${person.userId}/consent`)
      .send(consent)
      .expect(200);

  it('gives every person a distinct readable code from sign-up', async () => {
    const people = [await signUp(service, tenant), await signUp(service, tenant)];
    const codes = await Promise.all(people.map(shareCodeOf));
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(codes[0]).not.toBe(codes[1]);
    const [{ nulls, duplicates }] = await db.query(
      `SELECT count(*) FILTER (WHERE share_code IS NULL)::int AS nulls,
              (count(*) - count(DISTINCT share_code))::int AS duplicates FROM person`,
    );
    expect({ nulls, duplicates }).toEqual({ nulls: 0, duplicates: 0 });
  });

  it('names the person only as they consented, never by their e-mail', async () => {
    const ana = await signUp(service, tenant, { displayName: 'Ana Lagoa' });
    const giver = await signUp(service, tenant);
    const code = await shareCodeOf(ana);

    const hidden = await find(giver, code);
    expect(hidden.status).toBe(200);
    expect(hidden.body).toEqual({ person: ana.userId, displayName: null });
    await consent(ana, { visibility: 'nickname', nickname: 'lagoa' });
    expect((await find(giver, code)).body.displayName).toBe('lagoa');
    await consent(ana, { visibility: 'public' });
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    const found = await find(giver, typed);
    expect(found.body).toEqual({ person: ana.userId, displayName: 'Ana Lagoa' });
    expect(found.text).not.toContain(ana.email);
  });

  it("answers 404 for an unknown code and another tenant's; 403 to a reader of another tenant", async () => {
    const giver = await signUp(service, tenant);
    const elsewhere = await signUp(service, 'other-share-town');
    const foreign = await find(giver, await shareCodeOf(elsewhere));
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({
      code: 'unknown-share-code',
      errors: [{ field: 'code', message: 'no person of this tenant has this share code' }],
    });
    const unknown = await find(giver, 'ZZZZZZZZ');
    expect(unknown.status).toBe(404);
    const code = await shareCodeOf(giver);
    expect((await find(elsewhere, code, tenant)).status).toBe(403);
  });

  it('refuses a malformed code with 400 naming code', async () => {
    const giver = await signUp(service, tenant);
    for (const code of ['K7QX', 'K7QXM2P0', 'K7QXM2PAB']) {
      const response = await find(giver, code);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'code', message: 'code must be the 8-character code a person shares' },
      ]);
    }
  });
});
