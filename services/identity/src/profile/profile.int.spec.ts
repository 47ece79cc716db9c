import { TestApp } from '@citypoints/platform/testing';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { addPerson, signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('a person reads and changes their own profile', () => {
  const tenant = 'profile-town';
  let service: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
  });

  afterAll(async () => {
    await service?.close();
  });

  const self = (person: TestPerson) => `/tenants/${tenant}/people/${person.userId}`;
  const as = (person: TestPerson) => service.httpAs(person);
  const publicNameOf = async (person: TestPerson) =>
    (
      await (
        await as(person)
      )
        .post(`/tenants/${tenant}/public-names`)
        .send({ userIds: [person.userId] })
        .expect(200)
    ).body.names[person.userId];

  it("answers who the person is, in the tenant's default locale until they choose one", async () => {
    const ana = await signUp(service, tenant, { displayName: 'Ana Lagoa' });
    const profile = await (await as(ana)).get(self(ana)).expect(200);
    expect(profile.body).toEqual({
      userId: ana.userId,
      tenant,
      role: 'citizen',
      partnerId: null,
      email: ana.email,
      displayName: 'Ana Lagoa',
      locale: 'pt',
      emailVerified: false,
      shareCode: expect.stringMatching(/^[A-HJKMNP-Z2-9]{8}$/),
    });
    const chose = await signUp(service, tenant, { locale: 'sv' });
    expect((await (await as(chose)).get(self(chose))).body.locale).toBe('sv');
  });

  it("names a partner's staff's partner", async () => {
    const staff = await addPerson(service, tenant, 'partner-staff');
    const profile = await (await as(staff)).get(self(staff)).expect(200);
    expect(profile.body).toMatchObject({ role: 'partner-staff', partnerId: expect.any(String) });
  });

  it('changes the display name and the locale given, and keeps the others', async () => {
    const ana = await signUp(service, tenant, { displayName: 'Ana Lagoa' });
    const renamed = await (await as(ana)).patch(self(ana)).send({ displayName: 'Ana Praia' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ displayName: 'Ana Praia', locale: 'pt' });
    const relocated = await (await as(ana)).patch(self(ana)).send({ locale: 'en' }).expect(200);
    expect(relocated.body).toMatchObject({ displayName: 'Ana Praia', locale: 'en' });
    expect((await (await as(ana)).get(self(ana))).body).toEqual(relocated.body);
    expect((await (await as(ana)).patch(self(ana)).send({})).body).toEqual(relocated.body);
  });

  it('shows a new display name to others only as the person consented', async () => {
    const hidden = await signUp(service, tenant, { displayName: 'Rui Hidden' });
    await (await as(hidden)).patch(self(hidden)).send({ displayName: 'Rui Renamed' }).expect(200);
    expect(await publicNameOf(hidden)).toBeNull();

    const nick = await signUp(service, tenant);
    await (
      await as(nick)
    )
      .put(`${self(nick)}/consent`)
      .send({ visibility: 'nickname', nickname: 'Gaivota' })
      .expect(200);
    await (await as(nick)).patch(self(nick)).send({ displayName: 'Rita Renamed' }).expect(200);
    expect(await publicNameOf(nick)).toBe('Gaivota');

    const shown = await signUp(service, tenant);
    await (await as(shown)).put(`${self(shown)}/consent`).send({ visibility: 'public' });
    await (await as(shown)).patch(self(shown)).send({ displayName: 'Joana Nova' }).expect(200);
    expect(await publicNameOf(shown)).toBe('Joana Nova');
  });

  it.each([
    ['an unknown locale', { locale: 'de' }, 'locale'],
    ['a null locale', { locale: null }, 'locale'],
    ['a null display name', { displayName: null }, 'displayName'],
    ['an empty display name', { displayName: '  ' }, 'displayName'],
    ['a display name with a bidi override', { displayName: 'Ana\u202e' }, 'displayName'],
    ['a field it does not take', { email: 'other@example.org' }, 'email'],
  ])('refuses %s with 400 naming the field, changing nothing', async (_case, change, field) => {
    const ana = await signUp(service, tenant);
    const before = await rowCounts(db);
    const [row] = await db.query(`SELECT * FROM person WHERE id = $1`, [ana.userId]);
    const response = await (await as(ana)).patch(self(ana)).send(change);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await db.query(`SELECT * FROM person WHERE id = $1`, [ana.userId])).toEqual([row]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('answers 404 for an erased person, and changes nothing of them', async () => {
    const ana = await signUp(service, tenant);
    await (await as(ana)).delete(self(ana)).expect(204);
    expect((await (await as(ana)).get(self(ana))).status).toBe(404);
    const response = await (await as(ana)).patch(self(ana)).send({ displayName: 'Back' });
    expect(response.status).toBe(404);
    const [row] = await db.query(`SELECT display_name FROM person WHERE id = $1`, [ana.userId]);
    expect(row.display_name).toBeNull();
  });
});
