import {
  CloudEvent,
  createEvent,
  DEFAULT_MAX_ACTIVITY_POINTS,
  TenantSettingsChanged,
  TenantSettingsChangedV1,
  Topics,
} from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { produceEvents, waitFor } from '@citypoints/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { startActivities } from '../testing/start-activities';
import { tenantSettingsOf } from './tenant-settings.store';

const HOUR = 60 * 60 * 1000;

describe("activities judged by the tenant's settings from identity", () => {
  let service: TestApp;

  beforeAll(async () => {
    service = await startActivities(randomBytes(32));
  });

  afterAll(async () => {
    await service?.close();
  });

  const settings = (tenant: string, data: Partial<TenantSettingsChangedV1>, ms = 0) => {
    const event = createEvent(
      TenantSettingsChanged,
      { timeZone: 'Europe/Lisbon', pointsExpiryMonths: null, leaderboardBonuses: [], ...data },
      { source: '/citypoints/identity', tenantid: tenant },
    );
    return { ...event, time: new Date(Date.parse(event.time) - ms).toISOString() };
  };

  /** Publishes as identity does, keyed by the tenant, and waits until the group applied all. */
  async function publish(tenant: string, events: CloudEvent[]) {
    await produceEvents(service.topic(Topics.identity), events, `${tenant}:${tenant}`);
    const last = events[events.length - 1];
    await waitFor(`${last.id} handled`, async () => {
      const rows = await service.db.query(`SELECT 1 FROM processed_messages WHERE event_id = $1`, [
        last.id,
      ]);
      return rows.length > 0 ? true : undefined;
    });
  }

  const admin = (tenant: string) => ({
    userId: randomUUID(),
    tenant,
    role: 'tenant-admin' as const,
    generation: 0,
  });
  const bloodDonation = (change: object = {}) => ({
    titles: { en: 'Blood donation', pt: 'Dádiva de sangue' },
    category: 'health',
    points: 100,
    schedule: { kind: 'always' },
    methods: ['steward'],
    ...change,
  });
  const activities = async (tenant: string) => {
    const [{ count }] = await service.db.query(
      `SELECT count(*)::int AS count FROM activity WHERE tenant_id = $1`,
      [tenant],
    );
    return count as number;
  };

  /** Creates, and replaces a draft, with `body`: the answers' statuses and refused fields. */
  async function attempt(tenant: string, body: object) {
    const as = await service.httpAs(admin(tenant));
    const draft = await as.post(`/tenants/${tenant}/activities`).send(bloodDonation());
    expect(draft.status).toBe(201);
    const before = await activities(tenant);
    const created = await as.post(`/tenants/${tenant}/activities`).send(body);
    const replaced = await as
      .put(`/tenants/${tenant}/activities/${draft.body.activityId}`)
      .send(body);
    const unchanged = (await as.get(`/tenants/${tenant}/activities/${draft.body.activityId}`)).body;
    return {
      created: created.status,
      replaced: replaced.status,
      fields: [created, replaced].flatMap((r) =>
        (r.body.errors ?? []).map((e: { field: string }) => e.field),
      ),
      codes: [created.body.code, replaced.body.code],
      stored: (await activities(tenant)) - before,
      draftVersion: unchanged.version,
    };
  }

  it("refuses points above the tenant's maximum, naming points, and stores nothing", async () => {
    await publish('sintra', [settings('sintra', { defaultLocale: 'en', maxActivityPoints: 150 })]);
    expect(await attempt('sintra', bloodDonation({ points: 151 }))).toEqual({
      created: 400,
      replaced: 400,
      fields: ['points', 'points'],
      codes: ['points-above-maximum', 'points-above-maximum'],
      stored: 0,
      draftVersion: 1,
    });
    expect(await attempt('sintra', bloodDonation({ points: 150 }))).toMatchObject({
      created: 201,
      replaced: 200,
      stored: 1,
    });
  });

  it("needs a title in the tenant's default language, not in English", async () => {
    await publish('porto', [settings('porto', { defaultLocale: 'pt' })]);
    const english = bloodDonation({ titles: { en: 'Blood donation' } });
    expect(await attempt('porto', english)).toMatchObject({
      created: 400,
      replaced: 400,
      fields: ['titles.pt', 'titles.pt'],
      codes: ['title-required', 'title-required'],
      stored: 0,
      draftVersion: 1,
    });
    const portuguese = bloodDonation({ titles: { pt: 'Dádiva de sangue' } });
    expect(await attempt('porto', portuguese)).toMatchObject({ created: 201, replaced: 200 });
  });

  it("keeps today's rules for a tenant it has not heard of: English, the default maximum", async () => {
    const portuguese = bloodDonation({ titles: { pt: 'Dádiva de sangue' } });
    expect((await attempt('unheard-of', portuguese)).fields).toEqual(['titles.en', 'titles.en']);
    const over = bloodDonation({ points: DEFAULT_MAX_ACTIVITY_POINTS + 1 });
    expect((await attempt('unheard-of', over)).fields).toEqual(['points', 'points']);
    expect(
      (await attempt('unheard-of', bloodDonation({ points: DEFAULT_MAX_ACTIVITY_POINTS }))).created,
    ).toBe(201);
  });

  it('applies the latest settings: an older event replayed later changes nothing', async () => {
    const newer = settings('braga', { defaultLocale: 'sv', maxActivityPoints: 10 });
    const older = settings('braga', { defaultLocale: 'pt', maxActivityPoints: 500 }, HOUR);
    await publish('braga', [newer, older]);
    expect(await tenantSettingsOf(service.db.manager, 'braga')).toEqual({
      timeZone: 'Europe/Lisbon',
      defaultLocale: 'sv',
      maxActivityPoints: 10,
    });
    // An event from before the fields existed leaves them unknown: today's rules apply.
    await publish('braga', [settings('braga', { timeZone: 'Europe/Stockholm' })]);
    expect(await tenantSettingsOf(service.db.manager, 'braga')).toEqual({
      timeZone: 'Europe/Stockholm',
    });
    expect(await tenantSettingsOf(service.db.manager, 'unheard-of')).toBeUndefined();
  });
});
