import {
  ActivityArchived,
  ActivityPublished,
  ActivitySnapshotV1,
  ActivityUpdated,
  CloudEvent,
  createEvent,
  deadLetterTopic,
  DEFAULT_VERIFICATION_SETTINGS,
  TenantSettingsChanged,
  Topics,
} from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { randomBytes } from 'node:crypto';
import { startVerification } from '../testing/start-verification';
import { produceEvents, TopicReader, waitFor } from '@citypoints/testing';
import { activitySnapshot } from '../testing/activity-snapshot';
import { activityFor } from './activity-catalogue.store';
import { tenantRulesOf, timeZoneOf } from './tenant-settings.store';

const HOUR = 60 * 60 * 1000;

describe("activity catalogue: verification's own read model of activities", () => {
  let service: TestApp;

  beforeAll(async () => {
    service = await startVerification(randomBytes(32));
  });

  afterAll(async () => {
    await service?.close();
  });

  const from = (tenant: string, activityId?: string) => ({
    source: '/citypoints/activities',
    tenantid: tenant,
    subject: activityId,
  });
  const published = (tenant: string, data: ActivitySnapshotV1) =>
    createEvent(ActivityPublished, data, from(tenant, data.activityId));
  const updated = (tenant: string, data: ActivitySnapshotV1) =>
    createEvent(ActivityUpdated, data, from(tenant, data.activityId));
  const archived = (tenant: string, activityId: string) =>
    createEvent(ActivityArchived, { activityId }, from(tenant, activityId));
  const earlier = <T>(event: CloudEvent<T>, ms = HOUR): CloudEvent<T> => ({
    ...event,
    time: new Date(Date.parse(event.time) - ms).toISOString(),
  });

  /** Publishes as the activities service does, keyed by tenant and activity. */
  const produce = (tenant: string, activityId: string, events: CloudEvent[]) =>
    produceEvents(service.topic(Topics.activities), events, `${tenant}:${activityId}`);

  /** Waits until the catalogue's group has recorded `event` as handled. */
  const handled = (event: CloudEvent) =>
    waitFor(`${event.type} ${event.id} handled`, async () => {
      const rows = await service.db.query(`SELECT 1 FROM processed_messages WHERE event_id = $1`, [
        event.id,
      ]);
      return rows.length > 0 ? true : undefined;
    });

  const read = (tenant: string, activityId: string) => activityFor(service.db, tenant, activityId);

  it('answers a published activity whole, in its tenant', async () => {
    const beach = activitySnapshot();
    const event = published('cascais', beach);
    expect(await read('cascais', beach.activityId)).toBeUndefined();
    await produce('cascais', beach.activityId, [event]);
    await handled(event);
    expect(await read('cascais', beach.activityId)).toEqual({ ...beach, tenantId: 'cascais' });
  });

  it('replaces the activity with an update, code generation included', async () => {
    const beach = activitySnapshot();
    const { place: _place, impact: _impact, ...rest } = beach;
    const moved = {
      ...rest,
      points: 80,
      codeGeneration: 2,
      version: 2,
      schedule: { kind: 'always' as const },
    };
    const publication = published('cascais', beach);
    const update = updated('cascais', moved);
    await produce('cascais', beach.activityId, [publication, update]);
    await handled(update);
    expect(await read('cascais', beach.activityId)).toEqual({ ...moved, tenantId: 'cascais' });
  });

  it('hides an archived activity, and no later event of it brings it back', async () => {
    const beach = activitySnapshot();
    const publication = published('cascais', beach);
    const archive = archived('cascais', beach.activityId);
    await produce('cascais', beach.activityId, [publication, archive]);
    await handled(archive);
    expect(await read('cascais', beach.activityId)).toBeUndefined();

    const afterwards = updated('cascais', { ...beach, points: 90 });
    await produce('cascais', beach.activityId, [afterwards]);
    await handled(afterwards);
    expect(await read('cascais', beach.activityId)).toBeUndefined();
  });

  it('keeps out an activity whose archive came before its publication', async () => {
    const beach = activitySnapshot();
    const publication = earlier(published('cascais', beach));
    await produce('cascais', beach.activityId, [
      archived('cascais', beach.activityId),
      publication,
    ]);
    await handled(publication);
    expect(await read('cascais', beach.activityId)).toBeUndefined();
  });

  it('changes nothing for redelivered events', async () => {
    const beach = activitySnapshot();
    const publication = published('cascais', beach);
    const update = updated('cascais', { ...beach, points: 70, version: 2 });
    await produce('cascais', beach.activityId, [publication, update]);
    await handled(update);
    // The marker shares the key, so it is handled after the redeliveries before it.
    const marker = published('cascais', activitySnapshot());
    await produce('cascais', beach.activityId, [publication, update, publication, marker]);
    await handled(marker);
    expect(await read('cascais', beach.activityId)).toEqual({
      ...beach,
      points: 70,
      version: 2,
      tenantId: 'cascais',
    });
  });

  it('changes nothing for a replayed update older than what it has', async () => {
    const beach = activitySnapshot();
    const publication = published('cascais', beach);
    const update = updated('cascais', { ...beach, points: 70, version: 3 });
    // Replayed from the dead-letter topic, say: delivered after a newer one.
    const stale = updated('cascais', { ...beach, points: 5, version: 2 });
    await produce('cascais', beach.activityId, [publication, update, stale]);
    await handled(stale);
    expect((await read('cascais', beach.activityId))?.points).toBe(70);
  });

  it("keeps each tenant's activity its own, even under the same id", async () => {
    const beach = activitySnapshot();
    const ours = published('cascais', beach);
    await produce('cascais', beach.activityId, [ours]);
    const theirs = published('sintra', { ...beach, points: 999 });
    const archive = archived('sintra', beach.activityId);
    await produce('sintra', beach.activityId, [theirs, archive]);
    await Promise.all([handled(ours), handled(archive)]);
    expect(await read('cascais', beach.activityId)).toEqual({ ...beach, tenantId: 'cascais' });
    expect(await read('sintra', beach.activityId)).toBeUndefined();
    expect(await read('porto', beach.activityId)).toBeUndefined();
  });

  it("keeps each tenant's time zone from identity, the latest one", async () => {
    const settings = (tenant: string, timeZone: string) =>
      createEvent(
        TenantSettingsChanged,
        { timeZone, pointsExpiryMonths: null, leaderboardBonuses: [] },
        { source: '/citypoints/identity', tenantid: tenant },
      );
    const produceSettings = (tenant: string, events: CloudEvent[]) =>
      produceEvents(service.topic(Topics.identity), events, `${tenant}:${tenant}`);
    expect(await timeZoneOf(service.db, 'lisbon-town')).toBeUndefined();

    const lisbon = settings('lisbon-town', 'Europe/Lisbon');
    await produceSettings('lisbon-town', [lisbon]);
    await handled(lisbon);
    expect(await timeZoneOf(service.db, 'lisbon-town')).toBe('Europe/Lisbon');

    const moved = settings('lisbon-town', 'Europe/Stockholm');
    const stale = earlier(settings('lisbon-town', 'Pacific/Auckland'));
    await produceSettings('lisbon-town', [moved, stale]);
    await handled(stale);
    expect(await timeZoneOf(service.db, 'lisbon-town')).toBe('Europe/Stockholm');
    expect(await timeZoneOf(service.db, 'other-town')).toBeUndefined();
  });

  it("keeps the tenant's verification settings, and the defaults for an event without them", async () => {
    const verification = {
      maxAccuracyMetres: 40,
      lateCheckInHours: 6,
      maxTravelKmh: 120,
      reviewAccuracyMetres: 25,
      reviewPointsAtLeast: 500,
    };
    const strict = createEvent(
      TenantSettingsChanged,
      {
        timeZone: 'Europe/Stockholm',
        pointsExpiryMonths: null,
        leaderboardBonuses: [],
        verification,
      },
      { source: '/citypoints/identity', tenantid: 'strict-town' },
    );
    const older = createEvent(
      TenantSettingsChanged,
      { timeZone: 'Europe/Lisbon', pointsExpiryMonths: null, leaderboardBonuses: [] },
      { source: '/citypoints/identity', tenantid: 'old-town' },
    );
    await produceEvents(service.topic(Topics.identity), [strict, older], 'settings');
    await Promise.all([handled(strict), handled(older)]);
    expect(await tenantRulesOf(service.db, 'strict-town')).toEqual({
      timeZone: 'Europe/Stockholm',
      verification,
    });
    expect(await tenantRulesOf(service.db, 'old-town')).toEqual({
      timeZone: 'Europe/Lisbon',
      verification: DEFAULT_VERIFICATION_SETTINGS,
    });
  });

  describe('dead letters', () => {
    let deadLetters: TopicReader;

    beforeAll(async () => {
      deadLetters = await TopicReader.read(deadLetterTopic(service.topic(Topics.activities)));
    });

    afterAll(async () => {
      await deadLetters?.close();
    });

    const reasonFor = async (event: CloudEvent) => {
      const [deadLetter] = await deadLetters.waitForMessages({ ce_id: event.id });
      return String(deadLetter.headers?.['dlt-reason']);
    };

    it('sends a malformed activity event there with the reason, storing nothing', async () => {
      const beach = activitySnapshot();
      const malformed = { ...published('cascais', beach), data: { ...beach, points: 0 } };
      await produce('cascais', beach.activityId, [malformed]);
      expect(await reasonFor(malformed)).toContain(
        'data.points: points must be a positive integer',
      );
      expect(await read('cascais', beach.activityId)).toBeUndefined();
    });

    it('sends a schedule that ends before it starts there with the reason, storing nothing', async () => {
      const beach = activitySnapshot();
      const backwards = { kind: 'event', start: '2027-05-01T12:00', end: '2027-05-01T09:00' };
      const event = { ...published('cascais', beach), data: { ...beach, schedule: backwards } };
      await produce('cascais', beach.activityId, [event]);
      // The rules' refusal is the handler's verdict: dead-lettered at once, not after retries.
      expect(await reasonFor(event)).toBe(
        'refused (end-not-after-start): schedule.end must be after schedule.start',
      );
      expect(await read('cascais', beach.activityId)).toBeUndefined();
    });
  });
});
