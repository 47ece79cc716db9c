import { readActivityCode, ROTATION_SECONDS } from '@citypoints/activity-rules';
import { ActivityUpdated, Topics } from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { TopicReader } from '@citypoints/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { startActivities } from '../testing/start-activities';

describe('activity codes', () => {
  const key = randomBytes(32);
  let service: TestApp;
  let topic: TopicReader;

  beforeAll(async () => {
    service = await startActivities(key);
    topic = await TopicReader.read(service.topic(Topics.activities));
  });

  afterAll(async () => {
    await topic?.close();
    await service?.close();
  });

  const admin = {
    userId: randomUUID(),
    tenant: 'cascais',
    role: 'tenant-admin' as const,
    generation: 0,
  };
  const as = () => service.httpAs(admin);
  const path = '/tenants/cascais/activities';

  async function publishedActivity(): Promise<string> {
    const created = await (await as()).post(path).send({
      titles: { en: 'Blood donation' },
      category: 'health',
      points: 100,
      schedule: { kind: 'weekly', hours: [{ day: 2, open: '09:00', close: '17:00' }] },
      methods: ['qr', 'steward'],
    });
    expect(created.status).toBe(201);
    await (await as()).post(`${path}/${created.body.activityId}/publication`).expect(200);
    return created.body.activityId;
  }

  it("gives a poster's code that reads back as the activity's, signed with the key", async () => {
    const activityId = await publishedActivity();
    const response = await (await as()).get(`${path}/${activityId}/codes`);
    expect(response.status).toBe(200);
    expect(response.body.typedCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(readActivityCode(key, response.body.code)).toEqual({
      code: { kind: 'static', tenantId: 'cascais', activityId, generation: 1 },
    });
    expect(readActivityCode(randomBytes(32), response.body.code)).toEqual({
      refused: 'bad-signature',
    });
  });

  it("gives a screen's rotating code and when the next one replaces it", async () => {
    const activityId = await publishedActivity();
    const before = Date.now();
    const response = await (await as()).get(`${path}/${activityId}/codes/rotating`);
    expect(response.status).toBe(200);
    const read = readActivityCode(key, response.body.code);
    expect(read).toMatchObject({ code: { kind: 'rotating', activityId, generation: 1 } });
    const { step } = (read as { code: { step: number } }).code;
    const until = Date.parse(response.body.shownUntil);
    expect(until).toBe((step + 1) * ROTATION_SECONDS * 1000);
    expect(until).toBeGreaterThan(before);
    expect(until - before).toBeLessThanOrEqual(ROTATION_SECONDS * 1000);
  });

  it('rotates to a new generation: old codes are stale, and verification is told', async () => {
    const activityId = await publishedActivity();
    const old = (await (await as()).get(`${path}/${activityId}/codes`)).body;
    const rotated = await (await as()).post(`${path}/${activityId}/code-rotations`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.codeGeneration).toBe(2);

    const fresh = (await (await as()).get(`${path}/${activityId}/codes`)).body;
    expect(fresh.generation).toBe(2);
    expect(fresh.code).not.toBe(old.code);
    expect(fresh.typedCode).not.toBe(old.typedCode);
    // The old code is still genuine, but of generation 1, which verification now turns down.
    expect(readActivityCode(key, old.code)).toMatchObject({ code: { generation: 1 } });
    expect(readActivityCode(key, fresh.code)).toMatchObject({ code: { generation: 2 } });
    await topic.waitFor(ActivityUpdated, { activityId, codeGeneration: 2 });
  });
});
