import {
  CauseArchived,
  CausePublished,
  createEvent,
  PointsTransferredV2Type,
  Role,
  Topics,
} from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { produceEvents, TopicReader, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { startRewards } from '../testing/start-rewards';

describe('causes', () => {
  let service: TestApp;
  let topic: TopicReader;

  beforeAll(async () => {
    service = await startRewards();
    topic = await TopicReader.read(service.topic(Topics.rewards));
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
  const path = '/tenants/cascais/causes';

  const foodBank = () => ({
    texts: {
      en: { title: 'Food bank', description: 'Meals for families in need.' },
      pt: { title: 'Banco alimentar', description: 'Refeições para famílias.' },
    },
    imageUrl: 'https://cascais.pt/images/food-bank.jpg',
    target: 1000,
  });

  async function createDraft(body: object = foodBank(), tenantPath = path, actor = admin) {
    const response = await (await as(actor)).post(tenantPath).send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  async function publishedCause(body: object = foodBank()): Promise<string> {
    const { causeId } = await createDraft(body);
    await (await as()).post(`${path}/${causeId}/publication`).expect(200);
    return causeId;
  }

  async function rows() {
    const [{ causes, outbox, versions }] = await service.db.query(
      `SELECT (SELECT count(*)::int FROM cause) AS causes,
              (SELECT count(*)::int FROM outbox) AS outbox,
              (SELECT coalesce(sum(version), 0)::int FROM cause) AS versions`,
    );
    return { causes, outbox, versions };
  }

  it('takes a cause from draft to published to archived, telling the ledger', async () => {
    const draft = await createDraft();
    expect(draft).toMatchObject({ ...foodBank(), state: 'draft', version: 1, donatedPoints: 0 });
    expect(draft.progressPercent).toBe(0);
    const { causeId } = draft;
    const at = `${path}/${causeId}`;

    const { target: _target, ...withoutTarget } = foodBank();
    const replaced = await (await as()).put(at).send({ ...withoutTarget, version: 1 });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ version: 2, state: 'draft' });
    expect(replaced.body).not.toHaveProperty('target');
    expect(replaced.body).not.toHaveProperty('progressPercent');

    const published = await (await as()).post(`${at}/publication`);
    expect(published.body).toMatchObject({ state: 'published', version: 3 });
    const archived = await (await as()).post(`${at}/archival`);
    expect(archived.body).toMatchObject({ state: 'archived', version: 4 });
    expect((await (await as()).get(at)).body).toEqual(archived.body);

    const [opened] = await topic.waitFor(CausePublished, { causeId });
    const [closed] = await topic.waitFor(CauseArchived, { causeId });
    for (const event of [opened, closed]) {
      expect(event).toMatchObject({
        source: '/citypoints/rewards',
        subject: causeId,
        tenantid: 'cascais',
        data: { causeId },
      });
    }
    const mine = topic.messages.filter((m) => m.key?.toString() === `cascais:${causeId}`);
    expect(mine).toHaveLength(2);
  });

  it('publishes nothing about a draft, even when it is archived', async () => {
    const before = await rows();
    const { causeId } = await createDraft();
    await (await as()).put(`${path}/${causeId}`).send(foodBank()).expect(200);
    await (await as()).post(`${path}/${causeId}/archival`).expect(200);
    expect((await rows()).outbox).toBe(before.outbox);
  });

  it('shows people of the tenant the published causes only, and admins every state', async () => {
    const draft = await createDraft();
    const live = await publishedCause();
    const citizen = person('citizen');

    const seen = await (await as(citizen)).get(path);
    const ids = seen.body.causes.map((c: { causeId: string }) => c.causeId);
    expect(ids).toContain(live);
    expect(ids).not.toContain(draft.causeId);
    expect((await (await as(citizen)).get(`${path}/${draft.causeId}`)).status).toBe(404);
    expect((await (await as(citizen)).get(`${path}/${live}`)).status).toBe(200);
    const outsider = person('citizen', 'sintra');
    for (const read of [path, `${path}/${live}`]) {
      const response = await (await as(outsider)).get(read);
      expect([response.status, response.body.code]).toEqual([403, 'other-tenant']);
    }

    const drafts = await (await as()).get(`${path}?state=draft`);
    const states = drafts.body.causes.map((c: { state: string }) => c.state);
    expect(new Set(states)).toEqual(new Set(['draft']));
    expect((await (await as()).get(`${path}?state=finished`)).status).toBe(400);
  });

  describe('refusals change nothing', () => {
    let draftId: string;
    beforeAll(async () => {
      draftId = (await createDraft()).causeId;
    });

    const en = foodBank().texts.en;
    it.each([
      ['a target of 0', { target: 0 }, 'target'],
      ['a negative target', { target: -5 }, 'target'],
      ['an http image', { imageUrl: 'http://cascais.pt/a.jpg' }, 'imageUrl'],
      ['an unknown language', { texts: { en, de: en } }, 'texts.de'],
      ['no texts', { texts: {} }, 'texts'],
      ['an empty title', { texts: { en: { ...en, title: '' } } }, 'texts.en.title'],
      [
        'an empty description',
        { texts: { en: { ...en, description: ' ' } } },
        'texts.en.description',
      ],
      ['an unknown field', { donatedPoints: 1_000_000 }, 'donatedPoints'],
    ])('refuses %s with a 400 naming the field', async (_case, change, field) => {
      const body = { ...foodBank(), ...change };
      for (const call of [
        async () => (await as()).post(path).send(body),
        async () => (await as()).put(`${path}/${draftId}`).send(body),
      ]) {
        const before = await rows();
        const response = await call();
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        const fields = response.body.errors.map((error: { field: string }) => error.field);
        expect(fields).toContain(field);
        expect(await rows()).toEqual(before);
      }
    });

    it.each([
      ['a citizen', person('citizen'), 'tenant-admins-only'],
      ['partner staff', person('partner-staff'), 'tenant-admins-only'],
      ["another tenant's admin", person('tenant-admin', 'sintra'), 'other-tenant'],
    ])('refuses %s every change with 403', async (_case, actor, code) => {
      const before = await rows();
      const at = `${path}/${draftId}`;
      const calls = [
        (await as(actor)).post(path).send(foodBank()),
        (await as(actor)).put(at).send(foodBank()),
        (await as(actor)).post(`${at}/publication`),
        (await as(actor)).post(`${at}/archival`),
      ];
      for (const response of await Promise.all(calls)) {
        expect([response.status, response.body.code]).toEqual([403, code]);
      }
      expect(await rows()).toEqual(before);
    });

    it("answers 404 for an unknown cause and for another tenant's", async () => {
      const sintra = person('tenant-admin', 'sintra');
      const theirs = await createDraft(foodBank(), '/tenants/sintra/causes', sintra);
      const before = await rows();
      for (const id of [randomUUID(), theirs.causeId]) {
        expect((await (await as()).get(`${path}/${id}`)).status).toBe(404);
        const publish = await (await as()).post(`${path}/${id}/publication`);
        expect([publish.status, publish.body.code]).toEqual([404, 'unknown-cause']);
      }
      expect(await rows()).toEqual(before);
      expect((await (await as()).get(`${path}/food`)).body.errors).toEqual([
        { field: 'cause', message: 'cause must be a UUID' },
      ]);
    });

    // Each call answers 409 with its code, and changes nothing.
    async function expectConflicts(at: string, codes: [string, 'put' | 'post', string][]) {
      for (const [code, method, suffix] of codes) {
        const before = await rows();
        const http = await as();
        const response =
          method === 'put' ? await http.put(at).send(foodBank()) : await http.post(at + suffix);
        expect({ status: response.status, code: response.body.code }).toEqual({
          status: 409,
          code,
        });
        expect(await rows()).toEqual(before);
      }
    }

    it('refuses wrong transitions and edits with 409 and a stable code', async () => {
      const { causeId } = await createDraft();
      const at = `${path}/${causeId}`;
      await (await as()).put(at).send(foodBank()).expect(200);
      const stale = await (await as()).put(at).send({ ...foodBank(), version: 1 });
      expect([stale.status, stale.body.code, stale.body.errors?.[0]?.field]).toEqual([
        409,
        'stale-version',
        'version',
      ]);
      await (await as()).post(`${at}/publication`).expect(200);
      await expectConflicts(at, [
        ['invalid-transition', 'post', '/publication'],
        ['cause-not-editable', 'put', ''],
      ]);
      await (await as()).post(`${at}/archival`).expect(200);
      await expectConflicts(at, [
        ['invalid-transition', 'post', '/archival'],
        ['invalid-transition', 'post', '/publication'],
        ['cause-not-editable', 'put', ''],
      ]);
    });
  });

  describe("totals from the ledger's donations", () => {
    const ledgerTopic = () => service.topic(Topics.ledger);
    // The cause's and the donor's copies of one donation, as the ledger publishes them.
    const donation = (causeId: string, points: number, tenant = 'cascais') => {
      const [donor, transferId] = [randomUUID(), randomUUID()];
      const copy = (accountId: string, balance: number) =>
        createEvent(
          PointsTransferredV2Type,
          {
            transferId,
            kind: 'donate',
            fromAccountId: donor,
            toAccountId: causeId,
            points,
            accountId,
            balance,
          },
          {
            source: '/citypoints/ledger',
            tenantid: tenant,
            subject: accountId === causeId ? `cause:${causeId}` : donor,
          },
        );
      return { toCause: copy(causeId, points), toDonor: copy(donor, 0), donor };
    };
    const causeKey = (causeId: string, tenant = 'cascais') => `${tenant}:cause:${causeId}`;
    const untilDonated = (causeId: string, points: number) =>
      waitFor(`cause ${causeId} at ${points} points`, async () => {
        const { body } = await (await as()).get(`${path}/${causeId}`);
        return body.donatedPoints === points ? body : undefined;
      });

    it('counts each donation once, redelivered or not, and shows progress to the target', async () => {
      const causeId = await publishedCause();
      const first = donation(causeId, 300);
      await produceEvents(ledgerTopic(), [first.toCause], causeKey(causeId));
      await produceEvents(ledgerTopic(), [first.toCause], causeKey(causeId));
      await produceEvents(ledgerTopic(), [first.toDonor], `cascais:${first.donor}`);
      // Behind the redelivery on the cause's partition: once it counts, the repeat was seen.
      const second = donation(causeId, 950);
      await produceEvents(ledgerTopic(), [second.toCause], causeKey(causeId));

      const cause = await untilDonated(causeId, 1250);
      expect(cause.progressPercent).toBe(100);
      expect(cause.target).toBe(1000);
      const { body: listed } = await (await as(person('citizen'))).get(path);
      const seen = listed.causes.find((c: { causeId: string }) => c.causeId === causeId);
      expect(seen).toMatchObject({ donatedPoints: 1250, progressPercent: 100 });
    });

    it("counts nothing for another tenant's donation to the cause, or an unknown cause", async () => {
      const causeId = await publishedCause();
      const elsewhere = donation(causeId, 40, 'sintra');
      const unknown = donation(randomUUID(), 40);
      await produceEvents(ledgerTopic(), [elsewhere.toCause], causeKey(causeId, 'sintra'));
      await produceEvents(ledgerTopic(), [unknown.toCause], causeKey(causeId));
      const counted = donation(causeId, 250);
      await produceEvents(ledgerTopic(), [counted.toCause], causeKey(causeId));
      const cause = await untilDonated(causeId, 250);
      expect(cause.progressPercent).toBe(25);
    });
  });
});
