import {
  CloudEvent,
  createEvent,
  deadLetterTopic,
  DEFAULT_VERIFICATION_SETTINGS,
  ParticipationReported,
  ParticipationReportedV1,
  ParticipationVerified,
  Topics,
} from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { produceEvents, TopicReader, waitFor } from '@citypoints/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { publishActivity } from '../activity-catalogue/activity-catalogue.store';
import { setTenantRules } from '../activity-catalogue/tenant-settings.store';
import { registerPerson } from '../people/people.store';
import { activitySnapshot } from '../testing/activity-snapshot';
import { startVerification } from '../testing/start-verification';

describe('participations reported by municipality systems (citypoints.integration.participation-reported.v1)', () => {
  let service: TestApp;
  let deadLetters: TopicReader;
  const tenant = 'fixa-town';
  const person = randomUUID();
  const faultReport = activitySnapshot({
    methods: ['integration'],
    schedule: { kind: 'always' },
    limits: {},
  });
  const beach = activitySnapshot({ methods: ['qr-gps'], schedule: { kind: 'always' }, limits: {} });

  beforeAll(async () => {
    service = await startVerification(randomBytes(32));
    deadLetters = await TopicReader.read(deadLetterTopic(topic()));
    await service.db.transaction(async (tx) => {
      const verification = DEFAULT_VERIFICATION_SETTINGS;
      await setTenantRules(
        tx,
        tenant,
        { timeZone: 'Europe/Stockholm', verification },
        new Date().toISOString(),
      );
      await registerPerson(tx, tenant, person);
      for (const activity of [faultReport, beach]) {
        await publishActivity(tx, {
          activity: { ...activity, tenantId: tenant } as never,
          changedAt: new Date().toISOString(),
        });
      }
    });
  });

  afterAll(async () => {
    await deadLetters?.close();
    await service?.close();
  });

  const topic = () => service.topic(Topics.participationReported);
  const report = (change: Partial<ParticipationReportedV1> = {}, tenantId = tenant) =>
    createEvent(
      ParticipationReported,
      {
        externalId: `FIXA-${randomUUID()}`,
        userId: person,
        activityId: faultReport.activityId,
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        ...change,
      },
      { source: '/fixa/fault-reports', tenantid: tenantId },
    );
  const send = (events: CloudEvent[]) => produceEvents(topic(), events, `${tenant}:${person}`);
  const participationsOf = (externalId: string) =>
    service.db.query(`SELECT id, state, method FROM participation WHERE external_id = $1`, [
      externalId,
    ]);

  it('verifies a reported participation by the same rules, once per external id, and publishes ParticipationVerified', async () => {
    const event = report();
    await send([event, event, { ...event, id: randomUUID() }]);
    const [stored] = await waitFor('the participation', async () => {
      const rows = await participationsOf(event.data.externalId);
      return rows.length > 0 ? rows : undefined;
    });
    expect(stored).toMatchObject({ state: 'verified', method: 'integration' });
    // A later report of the same tenant passes the duplicates: they were consumed and dropped.
    const later = report();
    await send([later]);
    await waitFor('the later report', async () =>
      (await participationsOf(later.data.externalId)).length ? true : undefined,
    );
    expect(await participationsOf(event.data.externalId)).toHaveLength(1);
    const [{ event: published }] = await service.db.query(
      `SELECT event FROM outbox WHERE event->>'subject' = $1`,
      [stored.id],
    );
    expect(published).toMatchObject({
      type: ParticipationVerified,
      data: {
        method: 'integration',
        externalId: event.data.externalId,
        verifiedBy: { kind: 'integration' },
      },
    });
  });

  it.each<[string, () => CloudEvent | { value: string; headers: Record<string, string> }, string]>([
    ['an unknown tenant', () => report({}, 'nowhere-town'), 'refused (unknown-tenant)'],
    ['an unknown person', () => report({ userId: randomUUID() }), 'refused (unknown-person)'],
    [
      'an unknown activity',
      () => report({ activityId: randomUUID() }),
      'refused (unknown-activity)',
    ],
    [
      'an activity no system may report',
      () => report({ activityId: beach.activityId }),
      'refused (method-not-allowed)',
    ],
    [
      'a time in the future',
      () => report({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }),
      'refused (scan-in-future)',
    ],
    [
      'a payload that breaks the schema',
      () => ({ ...report(), data: { ...report().data, userId: 'ana@example.org' } }) as CloudEvent,
      'invalid event: data.userId',
    ],
  ])('dead-letters %s with the reason, crediting nothing', async (_case, make, reason) => {
    const event = make() as CloudEvent<ParticipationReportedV1>;
    await send([event]);
    const [deadLetter] = await deadLetters.waitForMessages({ ce_id: event.id });
    expect(String(deadLetter.headers?.['dlt-reason'])).toContain(reason);
    expect(await participationsOf(event.data.externalId)).toHaveLength(0);
  });
});
