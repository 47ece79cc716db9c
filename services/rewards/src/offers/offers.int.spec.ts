import { OfferEnded, OfferPaused, OfferPublished, Role, Topics } from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { TopicReader } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { startRewards } from '../testing/start-rewards';

describe('offers', () => {
  let service: TestApp;
  let topic: TopicReader;
  let carris: string;
  let cinema: string;

  const person = (role: Role, tenant = 'cascais') => ({
    userId: randomUUID(),
    tenant,
    role,
    generation: 0,
  });
  const admin = person('tenant-admin');
  const carrisStaff = person('partner-staff');
  const cinemaStaff = person('partner-staff');
  const citizen = person('citizen');
  const as = (actor = admin) => service.httpAs(actor);
  const path = '/tenants/cascais/offers';
  const day = 24 * 3600_000;
  const instant = (fromNow: number) => new Date(Date.now() + fromNow).toISOString();
  const [saleStartsAt, saleEndsAt] = [instant(-day), instant(30 * day)];

  async function partnerWith(staff: { userId: string }, name: string): Promise<string> {
    const partner = await (
      await as()
    )
      .post('/tenants/cascais/partners')
      .send({ name, kind: 'business' });
    await (
      await as()
    )
      .put(`/tenants/cascais/partners/${partner.body.partnerId}/staff/${staff.userId}`)
      .expect(200);
    return partner.body.partnerId;
  }

  beforeAll(async () => {
    service = await startRewards();
    topic = await TopicReader.read(service.topic(Topics.rewards));
    carris = await partnerWith(carrisStaff, 'Carris');
    cinema = await partnerWith(cinemaStaff, 'Cinema Cascais');
  });

  afterAll(async () => {
    await topic?.close();
    await service?.close();
  });

  const busPass = (partnerId = carris) => ({
    partnerId,
    texts: {
      en: { title: 'Bus day pass', description: 'One day on every Carris bus in Cascais.' },
      pt: { title: 'Passe diário', description: 'Um dia em todos os autocarros.' },
    },
    imageUrl: 'https://carris.pt/pass.jpg',
    category: 'transit',
    pricePoints: 300,
    stock: 100,
    perPersonLimit: 2,
    saleStartsAt,
    saleEndsAt,
    validDays: 30,
    terms: 'Valid on Carris buses in Cascais only.',
  });
  const { partnerId: _, ...busPassFields } = busPass();

  async function draftOf(actor = carrisStaff, body: object = busPass()) {
    const response = await (await as(actor)).post(path).send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  async function publishedOf(body: object = busPass()) {
    const { offerId } = await draftOf(admin, body);
    await (await as()).post(`${path}/${offerId}/submission`).expect(200);
    return (await (await as()).post(`${path}/${offerId}/publication`).expect(200)).body;
  }

  async function rows() {
    const [{ offers, outbox, versions }] = await service.db.query(
      `SELECT (SELECT count(*)::int FROM offer) AS offers,
              (SELECT count(*)::int FROM outbox) AS outbox,
              (SELECT coalesce(sum(version), 0)::int FROM offer) AS versions`,
    );
    return { offers, outbox, versions };
  }

  it('takes an offer from draft through approval, pause and resumption to its end, publishing each step', async () => {
    const draft = await draftOf();
    expect(draft).toMatchObject({ ...busPass(), state: 'draft', version: 1 });
    const { offerId } = draft;
    const at = `${path}/${offerId}`;
    const staff = await as(carrisStaff);

    await staff.post(`${at}/submission`).expect(200);
    const rejected = await (await as()).post(`${at}/rejection`).send({ reason: 'Name the lines' });
    expect(rejected.body).toMatchObject({ state: 'draft', rejectionReason: 'Name the lines' });
    const edited = await staff
      .put(at)
      .send({ ...busPassFields, terms: 'Lines M01 to M50.', version: 3 });
    expect(edited.body).toMatchObject({ state: 'draft', terms: 'Lines M01 to M50.', version: 4 });
    const submitted = await staff.post(`${at}/submission`);
    expect(submitted.body.state).toBe('submitted');
    expect(submitted.body.rejectionReason).toBeUndefined();

    const published = await (await as()).post(`${at}/publication`);
    expect(published.body).toMatchObject({ state: 'published', version: 6 });
    expect((await staff.post(`${at}/pause`)).body.state).toBe('paused');
    const repriced = await (await as()).put(at).send({ ...busPassFields, pricePoints: 250 });
    expect(repriced.body).toMatchObject({ state: 'paused', pricePoints: 250, version: 8 });
    expect((await (await as()).post(`${at}/publication`)).body.state).toBe('published');
    const ended = await staff.post(`${at}/end`);
    expect(ended.body).toMatchObject({ state: 'ended', version: 10 });
    expect((await (await as()).get(at)).body).toEqual(ended.body);

    const [first] = await topic.waitFor(OfferPublished, { offerId, version: 6 });
    expect(first.data).toEqual({
      offerId,
      partnerId: carris,
      category: 'transit',
      pricePoints: 300,
      stock: 100,
      perPersonLimit: 2,
      saleStartsAt,
      saleEndsAt,
      version: 6,
    });
    expect(first.tenantid).toBe('cascais');
    expect(first.source).toBe('/citypoints/rewards');
    await topic.waitFor(OfferPaused, { offerId, partnerId: carris });
    await topic.waitFor(OfferPublished, { offerId, pricePoints: 250, version: 9 });
    await topic.waitFor(OfferEnded, { offerId, partnerId: carris });
    const mine = topic.messages.filter((m) => m.key?.toString() === `cascais:${offerId}`);
    expect(mine).toHaveLength(4);
  });

  it('publishes nothing while an offer is a draft or submitted', async () => {
    const before = await rows();
    const { offerId } = await draftOf();
    await (await as(carrisStaff)).put(`${path}/${offerId}`).send({ ...busPassFields, stock: null });
    await (await as(carrisStaff)).post(`${path}/${offerId}/submission`).expect(200);
    await (await as(carrisStaff)).post(`${path}/${offerId}/withdrawal`).expect(200);
    expect((await rows()).outbox).toBe(before.outbox);
  });

  it("keeps each partner's staff to their own offers, and approval to admins", async () => {
    const theirs = await draftOf(cinemaStaff, busPass(cinema));
    const mine = await draftOf();
    const before = await rows();
    const staff = await as(carrisStaff);
    const at = `${path}/${theirs.offerId}`;
    for (const response of [
      await staff.get(at),
      await staff.put(at).send(busPassFields),
      await staff.post(`${at}/submission`),
      await staff.post(`${at}/end`),
    ]) {
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 404,
        code: 'unknown-offer',
      });
    }
    const ids = (await staff.get(path)).body.offers.map((o: { offerId: string }) => o.offerId);
    expect(ids).toContain(mine.offerId);
    expect(ids).not.toContain(theirs.offerId);
    const forOther = await staff.post(path).send(busPass(cinema));
    expect({ status: forOther.status, code: forOther.body.code }).toEqual({
      status: 403,
      code: 'partners-own-offers-only',
    });
    expect(await rows()).toEqual(before);

    await staff.post(`${path}/${mine.offerId}/submission`).expect(200);
    const own = await staff.post(`${path}/${mine.offerId}/publication`);
    expect({ status: own.status, code: own.body.code }).toEqual({
      status: 403,
      code: 'tenant-admins-only',
    });
    const editSubmitted = await staff.put(`${path}/${mine.offerId}`).send(busPassFields);
    expect({ status: editSubmitted.status, code: editSubmitted.body.code }).toEqual({
      status: 409,
      code: 'offer-not-editable',
    });
    const unbound = await (await as(person('partner-staff'))).post(path).send(busPass());
    expect(unbound.status).toBe(403);
  });

  it('shows residents the published offers inside their sale window only', async () => {
    const live = await publishedOf();
    const later = await publishedOf({
      ...busPass(),
      saleStartsAt: instant(day),
      saleEndsAt: instant(2 * day),
    });
    const draft = await draftOf();
    const paused = await publishedOf();
    await (await as()).post(`${path}/${paused.offerId}/pause`).expect(200);

    const reader = await as(citizen);
    const ids = (await reader.get(path)).body.offers.map((o: { offerId: string }) => o.offerId);
    expect(ids).toContain(live.offerId);
    for (const hidden of [later, draft, paused]) {
      expect(ids).not.toContain(hidden.offerId);
      expect((await reader.get(`${path}/${hidden.offerId}`)).status).toBe(404);
    }
    expect((await reader.get(`${path}/${live.offerId}`)).body).toEqual(live);
    const before = await rows();
    const pause = await reader.post(`${path}/${live.offerId}/pause`);
    expect({ status: pause.status, code: pause.body.code }).toEqual({
      status: 403,
      code: 'partners-own-offers-only',
    });
    expect(await rows()).toEqual(before);
  });

  describe('refusals change nothing', () => {
    let draftId: string;
    beforeAll(async () => {
      draftId = (await draftOf()).offerId;
    });

    it.each([
      ['a negative price', { pricePoints: -5 }, 'pricePoints'],
      ['a price of 0', { pricePoints: 0 }, 'pricePoints'],
      ['a stock of 0', { stock: 0 }, 'stock'],
      ['a negative stock', { stock: -1 }, 'stock'],
      ['no stock at all', { stock: undefined }, 'stock'],
      ['a per-person limit of 0', { perPersonLimit: 0 }, 'perPersonLimit'],
      ['a sale ending before it starts', { saleEndsAt: instant(-2 * day) }, 'saleEndsAt'],
      [
        'a sale ending in the past',
        { saleStartsAt: instant(-3 * day), saleEndsAt: instant(-day) },
        'saleEndsAt',
      ],
      ['a sale start without a time zone', { saleStartsAt: '2027-05-01T10:00' }, 'saleStartsAt'],
      ['both validDays and validUntil', { validUntil: instant(60 * day) }, 'validUntil'],
      ['neither validDays nor validUntil', { validDays: undefined }, 'validDays'],
      [
        'a validUntil before the sale ends',
        { validDays: undefined, validUntil: instant(2 * day) },
        'validUntil',
      ],
      ['validDays over ten years', { validDays: 3651 }, 'validDays'],
      [
        'an unknown locale',
        { texts: { de: { title: 'Tageskarte', description: 'Ein Tag' } } },
        'texts.de',
      ],
      ['no texts in any language', { texts: {} }, 'texts'],
      ['a text without a title', { texts: { en: { description: 'One day' } } }, 'texts.en.title'],
      ['an unknown category', { category: 'travel' }, 'category'],
      ['an http image', { imageUrl: 'http://carris.pt/pass.jpg' }, 'imageUrl'],
      ['no terms', { terms: '' }, 'terms'],
    ])('refuses %s with a 400 naming the field', async (_case, change, field) => {
      for (const call of [
        async () => (await as(carrisStaff)).post(path).send({ ...busPass(), ...change }),
        async () =>
          (await as(carrisStaff)).put(`${path}/${draftId}`).send({ ...busPassFields, ...change }),
      ]) {
        const before = await rows();
        const response = await call();
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
        expect(await rows()).toEqual(before);
      }
    });

    it("refuses another tenant's path with 403 and an unknown partner with 404 naming partnerId", async () => {
      const before = await rows();
      const elsewhere = await (await as()).post('/tenants/sintra/offers').send(busPass());
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.headers['content-type']).toContain('application/problem+json');
      const unknown = await (await as()).post(path).send(busPass(randomUUID()));
      expect({ status: unknown.status, code: unknown.body.code }).toEqual({
        status: 404,
        code: 'unknown-partner',
      });
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'partnerId' })]);
      expect(await rows()).toEqual(before);
    });

    it('refuses wrong transitions with 409 invalid-transition', async () => {
      const before = await rows();
      for (const step of ['publication', 'pause', 'end', 'withdrawal']) {
        const response = await (await as()).post(`${path}/${draftId}/${step}`);
        expect({ status: response.status, code: response.body.code }).toEqual({
          status: 409,
          code: 'invalid-transition',
        });
      }
      expect(await rows()).toEqual(before);
    });

    it('lets one of two concurrent edits of the same version win, the other 409 stale-version', async () => {
      const { offerId, version } = await draftOf();
      const staff = await as(carrisStaff);
      const [a, b] = await Promise.all([
        staff.put(`${path}/${offerId}`).send({ ...busPassFields, pricePoints: 310, version }),
        staff.put(`${path}/${offerId}`).send({ ...busPassFields, pricePoints: 320, version }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect([a, b].find((r) => r.status === 409)?.body.code).toBe('stale-version');
      const stored = (await staff.get(`${path}/${offerId}`)).body;
      expect(stored.version).toBe(version + 1);
      expect(stored.pricePoints).toBe([a, b].find((r) => r.status === 200)?.body.pricePoints);
    });
  });
});
