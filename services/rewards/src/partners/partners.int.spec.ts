import { Role } from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { startRewards } from '../testing/start-rewards';

describe('partners', () => {
  let service: TestApp;

  beforeAll(async () => {
    service = await startRewards();
  });

  afterAll(async () => {
    await service?.close();
  });

  const person = (role: Role, tenant = 'cascais') => ({
    userId: randomUUID(),
    tenant,
    role,
    generation: 0,
  });
  const admin = person('tenant-admin');
  const as = (actor = admin) => service.httpAs(actor);
  const path = '/tenants/cascais/partners';

  const carris = () => ({
    name: 'Carris',
    kind: 'business',
    contactEmail: 'Info@Carris.pt',
    contactPhone: '+351 213 500 115',
    logoUrl: 'https://carris.pt/logo.png',
  });

  async function createPartner(body: object = carris()) {
    const response = await (await as()).post(path).send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  async function rows() {
    const [{ partners, staff, versions }] = await service.db.query(
      `SELECT (SELECT count(*)::int FROM partner) AS partners,
              (SELECT count(*)::int FROM partner_staff) AS staff,
              (SELECT coalesce(sum(version), 0)::int FROM partner) AS versions`,
    );
    return { partners, staff, versions };
  }

  it('creates, lists, reads and replaces a partner, with optimistic versions', async () => {
    const created = await createPartner();
    expect(created).toMatchObject({
      ...carris(),
      contactEmail: 'info@carris.pt',
      staff: [],
      version: 1,
    });
    const at = `${path}/${created.partnerId}`;
    expect((await (await as()).get(at)).body).toEqual(created);
    const listed = (await (await as()).get(path)).body.partners;
    expect(listed.map((p: { partnerId: string }) => p.partnerId)).toContain(created.partnerId);

    const { contactPhone: _, ...withoutPhone } = carris();
    const replaced = await (
      await as()
    )
      .put(at)
      .send({ ...withoutPhone, name: 'Carris SA', version: 1 });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ name: 'Carris SA', version: 2 });
    expect(replaced.body.contactPhone).toBeUndefined();

    const before = await rows();
    const stale = await (await as()).put(at).send({ ...carris(), version: 1 });
    expect({ status: stale.status, code: stale.body.code }).toEqual({
      status: 409,
      code: 'stale-version',
    });
    expect(await rows()).toEqual(before);
  });

  it('binds a partner-staff account to one partner only; its staff read their own partner alone', async () => {
    const [mine, theirs] = [
      await createPartner(),
      await createPartner({ name: 'Cinema', kind: 'business' }),
    ];
    const staff = person('partner-staff');
    const bind = async (partnerId: string) =>
      (await as()).put(`${path}/${partnerId}/staff/${staff.userId}`);

    expect((await bind(mine.partnerId)).body).toEqual({
      partnerId: mine.partnerId,
      userId: staff.userId,
    });
    expect((await bind(mine.partnerId)).status).toBe(200);
    const elsewhere = await bind(theirs.partnerId);
    expect({ status: elsewhere.status, code: elsewhere.body.code }).toEqual({
      status: 409,
      code: 'staff-bound-elsewhere',
    });

    expect((await (await as(staff)).get(`${path}/${mine.partnerId}`)).body.staff).toEqual([
      staff.userId,
    ]);
    const other = await (await as(staff)).get(`${path}/${theirs.partnerId}`);
    expect({ status: other.status, code: other.body.code }).toEqual({
      status: 404,
      code: 'unknown-partner',
    });
    const list = (await (await as(staff)).get(path)).body.partners;
    expect(list.map((p: { partnerId: string }) => p.partnerId)).toEqual([mine.partnerId]);

    const unbound = await (await as()).delete(`${path}/${mine.partnerId}/staff/${staff.userId}`);
    expect(unbound.status).toBe(204);
    expect((await (await as(staff)).get(path)).body.partners).toEqual([]);
    expect((await bind(theirs.partnerId)).status).toBe(200);
  });

  it.each([
    ['a citizen', person('citizen')],
    ['partner staff', person('partner-staff')],
  ])('refuses %s every change with 403 tenant-admins-only', async (_case, actor) => {
    const { partnerId } = await createPartner();
    const before = await rows();
    const at = `${path}/${partnerId}`;
    const calls = [
      (await as(actor)).post(path).send(carris()),
      (await as(actor)).put(at).send(carris()),
      (await as(actor)).put(`${at}/staff/${actor.userId}`),
      (await as(actor)).delete(`${at}/staff/${actor.userId}`),
    ];
    for (const response of await Promise.all(calls)) {
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 403,
        code: 'tenant-admins-only',
      });
    }
    expect(await rows()).toEqual(before);
  });

  it('lets residents read no partner', async () => {
    const citizen = person('citizen');
    expect((await (await as(citizen)).get(path)).status).toBe(403);
  });

  it.each([
    ['no name', { name: undefined }, 'name'],
    ['an unknown kind', { kind: 'charity' }, 'kind'],
    ['an e-mail address that is none', { contactEmail: 'carris' }, 'contactEmail'],
    ['a phone number that is none', { contactPhone: '12' }, 'contactPhone'],
    ['an http logo', { logoUrl: 'http://carris.pt/logo.png' }, 'logoUrl'],
    ['an unknown field', { owner: 'Ana Silva' }, 'owner'],
  ])('refuses %s with a 400 naming the field, storing nothing', async (_case, change, field) => {
    const before = await rows();
    const response = await (await as()).post(path).send({ ...carris(), ...change });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await rows()).toEqual(before);
  });

  it("answers 404 for an unknown partner and for another tenant's, and 403 for another tenant's path", async () => {
    const sintra = person('tenant-admin', 'sintra');
    const theirs = await (await as(sintra)).post('/tenants/sintra/partners').send(carris());
    expect(theirs.status).toBe(201);
    for (const id of [randomUUID(), theirs.body.partnerId]) {
      const response = await (await as()).put(`${path}/${id}/staff/${randomUUID()}`);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 404,
        code: 'unknown-partner',
      });
    }
    expect((await (await as()).get('/tenants/sintra/partners')).status).toBe(403);
    expect((await (await as()).get(`${path}/carris`)).body.errors).toEqual([
      { field: 'partner', message: 'partner must be a UUID' },
    ]);
  });
});
