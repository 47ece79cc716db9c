import {
  ActivityPublished,
  createEvent,
  DEFAULT_VERIFICATION_SETTINGS,
} from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';
import { TestApp } from '@citypoints/platform/testing';
import { DateTime } from 'luxon';
import { randomBytes, randomUUID } from 'node:crypto';
import { publishActivity } from '../activity-catalogue/activity-catalogue.store';
import { catalogueEntryOf } from '../activity-catalogue/catalogue-entry';
import { setTenantRules } from '../activity-catalogue/tenant-settings.store';
import { activitySnapshot } from '../testing/activity-snapshot';
import { startVerification } from '../testing/start-verification';

describe("statistics: a tenant's verified participations per week and category", () => {
  let service: TestApp;
  const TENANT = 'stats-town';
  const admin: Actor = {
    userId: randomUUID(),
    tenant: TENANT,
    role: 'tenant-admin',
    generation: 0,
  };
  const [ana, rui, eva] = [randomUUID(), randomUUID(), randomUUID()];
  const beach = activitySnapshot({
    category: 'environment',
    impact: { unit: 'kg', quantity: 2.5 },
  });
  const recycling = activitySnapshot({
    category: 'environment',
    impact: { unit: 'kg', quantity: 10 },
  });
  const concert = activitySnapshot({ category: 'culture', impact: undefined });

  beforeAll(async () => {
    service = await startVerification(randomBytes(32));
    const changedAt = new Date().toISOString();
    // Stockholm is an hour ahead of UTC in winter: 23:30 UTC on a Sunday is Monday there.
    await setTenantRules(
      service.db.manager,
      TENANT,
      { timeZone: 'Europe/Stockholm', verification: DEFAULT_VERIFICATION_SETTINGS },
      changedAt,
    );
    for (const activity of [beach, recycling, concert]) {
      const published = createEvent(ActivityPublished, activity, {
        source: '/citypoints/activities',
        tenantid: TENANT,
      });
      await publishActivity(service.db.manager, catalogueEntryOf(published));
    }
  });

  afterAll(async () => {
    await service?.close();
  });

  async function participation(
    userId: string,
    activity: typeof beach,
    scannedAt: string,
    state: 'verified' | 'rejected' | 'pending-review' = 'verified',
    tenant = TENANT,
  ): Promise<void> {
    await service.db.query(
      `INSERT INTO participation (id, tenant_id, user_id, activity_id, activity_titles, category,
         points, method, state, reason, scanned_at, judged_at)
       VALUES ($1, $2, $3, $4, $5, $6, 50, 'qr-gps', $7, $8, $9, $9::timestamptz + interval '9 days')`,
      [
        randomUUID(),
        tenant,
        userId,
        activity.activityId,
        JSON.stringify(activity.titles),
        activity.category,
        state,
        state === 'rejected' ? 'outside-place' : null,
        scannedAt,
      ],
    );
  }

  const statistics = async (query = '', actor = admin) =>
    (await service.httpAs(actor)).get(`/tenants/${TENANT}/statistics${query}`);

  it('counts verified participations, people and impact per week of the tenant and in all', async () => {
    // Week 48 (Monday 23 November to Sunday 29 November, Stockholm).
    await participation(ana, beach, '2026-11-24T10:00:00Z');
    await participation(rui, recycling, '2026-11-25T10:00:00Z');
    await participation(ana, concert, '2026-11-26T19:00:00Z');
    // Week 49: a Sunday night in UTC, Monday in Stockholm; a review approved days later.
    await participation(ana, beach, '2026-11-29T23:30:00Z');
    await participation(eva, recycling, '2026-12-04T09:00:00Z');
    // Never counted: rejected, waiting for review, outside the span there, another tenant's.
    await participation(rui, recycling, '2026-12-02T09:00:00Z', 'rejected');
    await participation(eva, beach, '2026-12-03T09:00:00Z', 'pending-review');
    await participation(rui, beach, '2026-11-22T22:30:00Z');
    await participation(rui, beach, '2026-12-06T23:30:00Z');
    await participation(rui, beach, '2026-11-24T10:00:00Z', 'verified', 'other-town');

    const answer = await statistics('?from=2026-11-23&to=2026-12-06');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      from: '2026-11-23',
      to: '2026-12-06',
      timeZone: 'Europe/Stockholm',
      weeks: [
        {
          week: '2026-W48',
          participations: 3,
          categories: [
            { category: 'culture', participations: 1 },
            { category: 'environment', participations: 2 },
          ],
          activeResidents: 2,
          impact: [{ unit: 'kg', quantity: 12.5 }],
        },
        {
          week: '2026-W49',
          participations: 2,
          categories: [{ category: 'environment', participations: 2 }],
          activeResidents: 2,
          impact: [{ unit: 'kg', quantity: 12.5 }],
        },
      ],
      totals: {
        participations: 5,
        categories: [
          { category: 'culture', participations: 1 },
          { category: 'environment', participations: 4 },
        ],
        activeResidents: 3,
        impact: [{ unit: 'kg', quantity: 25 }],
      },
    });
  });

  it("counts the 12 weeks up to today in the tenant's zone by default", async () => {
    const answer = await statistics();
    expect(answer.status).toBe(200);
    const today = DateTime.now().setZone('Europe/Stockholm').toISODate();
    expect(answer.body).toMatchObject({ to: today, timeZone: 'Europe/Stockholm' });
    expect(answer.body.weeks.length).toBeGreaterThanOrEqual(12);
  });

  it('refuses a day not of the calendar, a reversed or too long span, naming the field', async () => {
    const notADay = await statistics('?from=2026-02-30');
    expect(notADay.status).toBe(400);
    expect(notADay.headers['content-type']).toContain('application/problem+json');
    expect(notADay.body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
    const reversed = await statistics('?from=2026-12-07&to=2026-12-06');
    expect(reversed.status).toBe(400);
    expect(reversed.body).toMatchObject({
      code: 'statistics-span-reversed',
      errors: [expect.objectContaining({ field: 'from' })],
    });
    const tooLong = await statistics('?from=2024-11-24&to=2026-12-06');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      code: 'statistics-span-too-long',
      errors: [expect.objectContaining({ field: 'from' })],
    });
  });

  it("answers only the tenant's admins", async () => {
    const resident: Actor = { ...admin, userId: ana, role: 'citizen' };
    expect((await statistics('', resident)).status).toBe(403);
    const otherAdmin = { ...admin, tenant: 'other-town' };
    expect((await statistics('', otherAdmin)).status).toBe(403);
  });
});
