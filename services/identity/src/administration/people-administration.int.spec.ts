import { SessionsRevoked, UserErased } from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { addPerson, PASSWORD, signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe("a tenant's admins administer its people", () => {
  const tenant = 'admin-town';
  let service: TestApp;
  let db: DataSource;
  let admin: TestPerson;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
    admin = await addPerson(service, tenant, 'tenant-admin');
  });

  afterAll(async () => {
    await service?.close();
  });

  const as = (actor: TestPerson) => service.httpAs(actor);
  const people = `/tenants/${tenant}/people`;
  const signIn = (email: string) =>
    service.http().post(`/tenants/${tenant}/sessions`).send({ email, password: PASSWORD });
  const eventsOf = async (type: string, userId: string) => {
    const rows = await db.query(
      `SELECT event FROM outbox WHERE event->>'type' = $1 AND message_key = $2`,
      [type, `${tenant}:${userId}`],
    );
    return rows.map((row: { event: { data: unknown } }) => row.event.data);
  };

  it('finds people by a part of their name or e-mail, in pages with the total', async () => {
    const mark = randomUUID().slice(0, 8);
    const named = [];
    for (const name of ['Carla', 'Bruno', 'Alda']) {
      named.push(await signUp(service, tenant, { displayName: `${name} ${mark}` }));
    }
    const page = await (await as(admin)).get(people).query({ search: mark, limit: '2' });
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(3);
    expect(page.body.people.map((p: { displayName: string }) => p.displayName)).toEqual([
      `Alda ${mark}`,
      `Bruno ${mark}`,
    ]);
    expect(page.body.people[0]).toEqual({
      userId: named[2].userId,
      role: 'citizen',
      partnerId: null,
      email: named[2].email,
      displayName: `Alda ${mark}`,
      locale: 'pt',
      status: 'active',
      emailVerified: false,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    const next = await (await as(admin)).get(people).query({ search: mark, offset: '2' });
    expect(next.body).toMatchObject({ total: 3, people: [{ displayName: `Carla ${mark}` }] });
    const byMail = await (
      await as(admin)
    )
      .get(people)
      .query({ search: named[1].email.slice(0, 13) });
    expect(byMail.body.people.map((p: { userId: string }) => p.userId)).toEqual([named[1].userId]);
    const past = await (await as(admin)).get(people).query({ search: mark, offset: '10' });
    expect(past.body).toEqual({ people: [], total: 3 });
  });

  it('filters by role, and matches % and _ only as themselves', async () => {
    const verifier = await addPerson(service, tenant, 'verifier');
    const verifiers = await (await as(admin)).get(people).query({ role: 'verifier' });
    expect(verifiers.body.people.map((p: { userId: string }) => p.userId)).toContain(
      verifier.userId,
    );
    expect(verifiers.body.people.every((p: { role: string }) => p.role === 'verifier')).toBe(true);
    const wild = await (await as(admin)).get(people).query({ search: '%_%' });
    expect(wild.body).toEqual({ people: [], total: 0 });
  });

  it('refuses the list and a person to anyone but the tenant admins', async () => {
    const ana = await signUp(service, tenant);
    expect((await (await as(ana)).get(people)).status).toBe(403);
    const own403 = await (await as(ana)).get(`${people}/${ana.userId}/summary`);
    expect(own403.body).toMatchObject({ status: 403, code: 'may-not-administer' });
    const foreign = await addPerson(service, 'other-admin-town', 'tenant-admin');
    const refused = await (await as(foreign)).get(`${people}/${ana.userId}/summary`);
    expect(refused.status).toBe(403);
    const own = await (await as(admin)).get(`${people}/${ana.userId}/summary`);
    expect(own.body).toMatchObject({ userId: ana.userId, status: 'active' });
    expect((await (await as(admin)).get(`${people}/${randomUUID()}/summary`)).status).toBe(404);
  });

  it('suspends a person: their sessions end, sign-in and refresh answer 403, until reinstated', async () => {
    const ana = await signUp(service, tenant);
    const session = (await signIn(ana.email).expect(200)).body;
    const suspended = await (await as(admin)).post(`${people}/${ana.userId}/suspension`);
    expect(suspended.status).toBe(200);
    expect(suspended.body).toEqual({ userId: ana.userId, generation: 1 });
    expect(await eventsOf(SessionsRevoked, ana.userId)).toEqual([
      { userId: ana.userId, generation: 1 },
    ]);

    const refused = await signIn(ana.email);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('account-suspended');
    const refresh = await service
      .http()
      .post(`/tenants/${tenant}/sessions/refresh`)
      .send({ refreshToken: session.refreshToken });
    expect(refresh.status).toBe(403);
    expect(refresh.body.code).toBe('account-suspended');
    // A wrong password is told as wrong, not that the account is suspended.
    const wrong = await service
      .http()
      .post(`/tenants/${tenant}/sessions`)
      .send({ email: ana.email, password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    const listed = await (await as(admin)).get(`${people}/${ana.userId}/summary`);
    expect(listed.body.status).toBe('suspended');

    const reinstated = await (await as(admin)).delete(`${people}/${ana.userId}/suspension`);
    expect(reinstated.status).toBe(200);
    expect(reinstated.body).toMatchObject({ userId: ana.userId, status: 'active' });
    expect((await signIn(ana.email)).status).toBe(200);
  });

  it('changes a role as the role rule allows, ending the sessions so that it applies at once', async () => {
    const ana = await signUp(service, tenant);
    const changed = await (
      await as(admin)
    )
      .put(`${people}/${ana.userId}/role`)
      .send({ role: 'verifier' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ userId: ana.userId, generation: 1 });
    const session = await signIn(ana.email).expect(200);
    expect(session.body.accessToken).toBeDefined();
    const summary = await (await as(admin)).get(`${people}/${ana.userId}/summary`);
    expect(summary.body).toMatchObject({ role: 'verifier', partnerId: null });

    const citizen = await signUp(service, tenant);
    const before = await rowCounts(db);
    const operator = await (
      await as(admin)
    )
      .put(`${people}/${ana.userId}/role`)
      .send({ role: 'platform-operator' });
    expect(operator.status).toBe(403);
    expect(operator.body.code).toBe('may-not-give-role');
    const partnerless = await (
      await as(admin)
    )
      .put(`${people}/${ana.userId}/role`)
      .send({ role: 'partner-staff' });
    expect(partnerless.status).toBe(400);
    expect(partnerless.body.errors).toEqual([expect.objectContaining({ field: 'partnerId' })]);
    const byCitizen = await (
      await as(citizen)
    )
      .put(`${people}/${ana.userId}/role`)
      .send({ role: 'tenant-admin' });
    expect(byCitizen.status).toBe(403);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('never lets an admin act on themselves, nor a tool demote the last admin', async () => {
    const lone = 'lone-admin-town';
    const only = await addPerson(service, lone, 'tenant-admin');
    for (const [method, path] of [
      ['put', 'role'],
      ['post', 'suspension'],
      ['post', 'erasure'],
    ] as const) {
      const own = await (
        await as(only)
      )
        [method](`/tenants/${lone}/people/${only.userId}/${path}`)
        .send({ role: 'citizen' });
      expect(own.status).toBe(403);
      expect(own.body.detail).toMatch(/their own role/);
    }
    const demoted = await service
      .http()
      .put(`/tenants/${lone}/people/${only.userId}/role`)
      .send({ role: 'citizen' });
    expect(demoted.status).toBe(409);
    expect(demoted.body.code).toBe('last-admin');
    const second = await addPerson(service, lone, 'tenant-admin');
    await (
      await as(second)
    )
      .put(`/tenants/${lone}/people/${only.userId}/role`)
      .send({ role: 'citizen' })
      .expect(200);
  });

  it("erases a person on their request as their own erasure would, recording the admin's id", async () => {
    const ana = await signUp(service, tenant);
    const erased = await (await as(admin)).post(`${people}/${ana.userId}/erasure`);
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ userId: ana.userId, generation: 1 });
    const [row] = await db.query(
      `SELECT email, display_name, erased_at, erased_by FROM person WHERE id = $1`,
      [ana.userId],
    );
    expect(row).toMatchObject({ email: null, display_name: null, erased_by: admin.userId });
    expect(row.erased_at).not.toBeNull();
    expect(await eventsOf(UserErased, ana.userId)).toEqual([{ userId: ana.userId }]);
    const mail = await db.query(`SELECT 1 FROM email_verification WHERE person_id = $1`, [
      ana.userId,
    ]);
    expect(mail).toEqual([]);
    expect((await (await as(admin)).post(`${people}/${ana.userId}/erasure`)).status).toBe(404);
    expect((await signIn(ana.email)).status).toBe(401);
  });
});
