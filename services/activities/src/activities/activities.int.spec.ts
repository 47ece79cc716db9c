import {
  ActivityArchived,
  ActivityPublished,
  ActivityUpdated,
  Role,
  Topics,
} from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { TopicReader } from '@citypoints/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { startActivities } from '../testing/start-activities';

describe('activities', () => {
  let service: TestApp;
  let topic: TopicReader;

  beforeAll(async () => {
    service = await startActivities(randomBytes(32));
    topic = await TopicReader.read(service.topic(Topics.activities));
  });

  afterAll(async () => {
    await topic?.close();
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
  const path = '/tenants/cascais/activities';

  const beachCleanUp = () => ({
    titles: { en: 'Beach clean-up', pt: 'Limpeza de praia' },
    descriptions: { en: 'Gloves and bags are handed out at the lifeguard post.' },
    category: 'environment',
    points: 50,
    imageUrl: 'https://cascais.pt/images/beach.jpg',
    impact: { unit: 'kg collected', quantity: 2 },
    place: { latitude: 38.6979, longitude: -9.4215, radius: 150 },
    schedule: { kind: 'event', start: '2027-05-01T09:00', end: '2027-05-01T12:00' },
    methods: ['qr-gps', 'steward'],
    limits: { oncePerOccurrence: true },
  });

  async function createDraft(body: object = beachCleanUp()) {
    const response = await (await as()).post(path).send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  async function rows() {
    const [{ activities, outbox, versions }] = await service.db.query(
      `SELECT (SELECT count(*)::int FROM activity) AS activities,
              (SELECT count(*)::int FROM outbox) AS outbox,
              (SELECT coalesce(sum(version), 0)::int FROM activity) AS versions`,
    );
    return { activities, outbox, versions };
  }

  it('takes an activity from draft to published to archived, publishing each step', async () => {
    const draft = await createDraft();
    expect(draft).toMatchObject({
      ...beachCleanUp(),
      state: 'draft',
      codeGeneration: 1,
      version: 1,
    });
    const { activityId } = draft;
    const key = `cascais:${activityId}`;
    const at = `${path}/${activityId}`;

    const published = await (await as()).post(`${at}/publication`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ state: 'published', version: 2 });

    const replaced = await (await as()).put(at).send({ ...beachCleanUp(), points: 80, version: 2 });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ points: 80, version: 3, state: 'published' });

    const archived = await (await as()).post(`${at}/archival`);
    expect(archived.body).toMatchObject({ state: 'archived', version: 4 });
    expect((await (await as()).get(at)).body).toEqual(archived.body);

    const [first] = await topic.waitFor(ActivityPublished, { activityId });
    expect(first.data).toEqual({
      activityId,
      titles: beachCleanUp().titles,
      category: 'environment',
      points: 50,
      impact: { unit: 'kg collected', quantity: 2 },
      place: beachCleanUp().place,
      schedule: beachCleanUp().schedule,
      methods: ['qr-gps', 'steward'],
      limits: { oncePerOccurrence: true },
      codeGeneration: 1,
      version: 2,
    });
    const [updated] = await topic.waitFor(ActivityUpdated, { activityId, points: 80 });
    await topic.waitFor(ActivityArchived, { activityId });
    const mine = topic.messages.filter((message) => message.key?.toString() === key);
    expect(mine).toHaveLength(3);
    expect(updated.tenantid).toBe('cascais');
    // Verification keeps the snapshot of the highest version it has seen.
    expect((updated.data as { version: number }).version).toBe(3);
  });

  it('publishes nothing while an activity is a draft', async () => {
    const before = await rows();
    const draft = await createDraft();
    await (await as()).put(`${path}/${draft.activityId}`).send({ ...beachCleanUp(), points: 7 });
    await (await as()).post(`${path}/${draft.activityId}/code-rotations`).expect(200);
    expect((await rows()).outbox).toBe(before.outbox);
  });

  it('shows citizens the published activities only, and admins every state they ask for', async () => {
    const draft = await createDraft();
    const live = await createDraft();
    await (await as()).post(`${path}/${live.activityId}/publication`).expect(200);
    const citizen = person('citizen');

    const seen = await (await as(citizen)).get(path);
    const ids = seen.body.activities.map((a: { activityId: string }) => a.activityId);
    expect(ids).toContain(live.activityId);
    expect(ids).not.toContain(draft.activityId);
    expect((await (await as(citizen)).get(`${path}/${draft.activityId}`)).status).toBe(404);
    expect((await (await as(citizen)).get(`${path}/${live.activityId}`)).status).toBe(200);

    const drafts = await (await as()).get(`${path}?state=draft`);
    const states = drafts.body.activities.map((a: { state: string }) => a.state);
    expect(new Set(states)).toEqual(new Set(['draft']));
    expect((await (await as()).get(`${path}?state=finished`)).status).toBe(400);
  });

  describe('refusals change nothing', () => {
    let draftId: string;
    beforeAll(async () => {
      draftId = (await createDraft()).activityId;
    });

    it.each([
      [
        'a schedule ending before it starts',
        { schedule: { kind: 'event', start: '2027-05-01T12:00', end: '2027-05-01T09:00' } },
        'schedule.end must be after schedule.start',
      ],
      ['a radius of 0', { place: { latitude: 38.7, longitude: -9.4, radius: 0 } }, 'place.radius'],
      [
        'a radius over 50 km',
        { place: { latitude: 38.7, longitude: -9.4, radius: 50_001 } },
        'place.radius',
      ],
      ['points of 0', { points: 0 }, 'points'],
      ['a missing English title', { titles: { pt: 'Limpeza de praia' } }, 'titles.en'],
      ['no titles', { titles: undefined }, 'titles'],
      ['an http image', { imageUrl: 'http://cascais.pt/a.jpg' }, 'imageUrl'],
      ['no methods', { methods: [] }, 'methods'],
      ['an unknown method', { methods: ['telepathy'] }, 'methods'],
      ['a limit of 0 a day', { limits: { perPeriod: { count: 0, period: 'day' } } }, 'limits'],
      ['QR and GPS without a place', { place: undefined }, 'place'],
      ['an unknown field', { bonus: 1000 }, 'bonus'],
      [
        'an unknown field in the schedule',
        { schedule: { kind: 'always', timeZone: 'Europe/Lisbon' } },
        'schedule.timeZone is not a known field',
      ],
      [
        'an unknown field in the limits',
        { limits: { perPeriod: { count: 1, period: 'day', perGroup: true } } },
        'limits.perPeriod.perGroup is not a known field',
      ],
    ])('refuses %s with a 400 naming the field', async (_case, change, field) => {
      const body = { ...beachCleanUp(), ...change };
      for (const call of [
        async () => (await as()).post(path).send(body),
        async () => (await as()).put(`${path}/${draftId}`).send(body),
      ]) {
        const before = await rows();
        const response = await call();
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(JSON.stringify(response.body.errors)).toContain(field);
        expect(await rows()).toEqual(before);
      }
    });

    it.each([
      ['a citizen', person('citizen')],
      ['a verifier', person('verifier')],
      ["another tenant's admin", person('tenant-admin', 'sintra')],
    ])('refuses %s every change with 403', async (_case, actor) => {
      const before = await rows();
      const at = `${path}/${draftId}`;
      const calls = [
        (await as(actor)).post(path).send(beachCleanUp()),
        (await as(actor)).put(at).send(beachCleanUp()),
        (await as(actor)).post(`${at}/publication`),
        (await as(actor)).post(`${at}/archival`),
        (await as(actor)).post(`${at}/code-rotations`),
        (await as(actor)).get(`${at}/codes`),
        (await as(actor)).get(`${at}/codes/rotating`),
      ];
      for (const response of await Promise.all(calls)) expect(response.status).toBe(403);
      expect(await rows()).toEqual(before);
    });

    it("answers 404 for an unknown activity and for another tenant's", async () => {
      const sintra = person('tenant-admin', 'sintra');
      const theirs = await (
        await as(sintra)
      )
        .post('/tenants/sintra/activities')
        .send(beachCleanUp());
      expect(theirs.status).toBe(201);
      const before = await rows();
      for (const id of [randomUUID(), theirs.body.activityId]) {
        expect((await (await as()).get(`${path}/${id}`)).status).toBe(404);
        const publish = await (await as()).post(`${path}/${id}/publication`);
        expect(publish.status).toBe(404);
        expect(publish.body.code).toBe('unknown-activity');
      }
      expect(await rows()).toEqual(before);
      expect((await (await as()).get(`${path}/beach`)).body.errors).toEqual([
        { field: 'activity', message: 'activity must be a UUID' },
      ]);
    });

    type Conflict = [() => Promise<{ status: number; body: { code: string } }>, string];

    // Each call answers 409 with its code, and changes nothing.
    async function expectConflicts(conflicts: Conflict[]) {
      for (const [call, code] of conflicts) {
        const before = await rows();
        const response = await call();
        expect({ status: response.status, code: response.body.code }).toEqual({
          status: 409,
          code,
        });
        expect(await rows()).toEqual(before);
      }
    }

    it('refuses wrong transitions with 409 and a stable code', async () => {
      const { activityId } = await createDraft();
      const at = `${path}/${activityId}`;
      await (await as()).post(`${at}/publication`).expect(200);
      const cases: Conflict[] = [
        [async () => (await as()).post(`${at}/publication`), 'already-published'],
        [async () => (await as()).put(at).send({ ...beachCleanUp(), version: 1 }), 'stale-version'],
      ];
      await expectConflicts(cases);
      await (await as()).post(`${at}/archival`).expect(200);
      const afterArchival: Conflict[] = [
        [async () => (await as()).post(`${at}/archival`), 'activity-archived'],
        [async () => (await as()).post(`${at}/publication`), 'activity-archived'],
        [async () => (await as()).post(`${at}/code-rotations`), 'activity-archived'],
        [async () => (await as()).put(at).send(beachCleanUp()), 'activity-archived'],
        [async () => (await as()).get(`${at}/codes`), 'activity-archived'],
      ];
      await expectConflicts(afterArchival);
    });
  });
});
