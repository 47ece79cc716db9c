import { distanceMetres } from '@citypoints/activity-rules';
import { createEvent, Role, ROLES, TenantSettingsChanged, Topics } from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { produceEvents, waitFor } from '@citypoints/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { startActivities } from '../testing/start-activities';

// Real places of Cascais, and where the resident stands: the town hall.
const TOWN_HALL = { latitude: 38.6968, longitude: -9.4215 };
const PLACES = {
  recycling: { latitude: 38.7012, longitude: -9.4187, radius: 60 },
  beach: { latitude: 38.6979, longitude: -9.4229, radius: 150 },
  hospital: { latitude: 38.7338, longitude: -9.4335, radius: 200 },
  park: { latitude: 38.6962, longitude: -9.4244, radius: 300 },
};

describe('residents find published activities near them, in their language', () => {
  let service: TestApp;
  const tenant = 'cascais';
  const path = `/tenants/${tenant}/activities`;
  const ids: Record<string, string> = {};

  const person = (role: Role, of = tenant) => ({
    userId: randomUUID(),
    tenant: of,
    role,
    generation: 0,
  });
  const admin = person('tenant-admin');
  const citizen = person('citizen');

  async function create(body: object, of = tenant, publish = true): Promise<string> {
    const as = await service.httpAs(of === tenant ? admin : person('tenant-admin', of));
    const created = await as.post(`/tenants/${of}/activities`).send(body);
    expect(created.status).toBe(201);
    const { activityId } = created.body;
    if (publish) await as.post(`/tenants/${of}/activities/${activityId}/publication`).expect(200);
    return activityId;
  }

  const activity = (title: string, change: object = {}) => ({
    titles: { en: title, pt: `${title} (pt)` },
    category: 'environment',
    points: 20,
    schedule: { kind: 'always' },
    methods: ['qr-gps'],
    ...change,
  });

  beforeAll(async () => {
    service = await startActivities(randomBytes(32));
    const settings = createEvent(
      TenantSettingsChanged,
      {
        timeZone: 'Europe/Lisbon',
        pointsExpiryMonths: null,
        leaderboardBonuses: [],
        defaultLocale: 'pt',
      },
      { source: '/citypoints/identity', tenantid: tenant },
    );
    await produceEvents(service.topic(Topics.identity), [settings], `${tenant}:${tenant}`);
    await waitFor('the tenant settings', async () => {
      const rows = await service.db.query(`SELECT 1 FROM tenant_settings WHERE tenant_id = $1`, [
        tenant,
      ]);
      return rows.length > 0 ? true : undefined;
    });
    ids.hospital = await create({
      titles: { pt: 'Dádiva de sangue', sv: 'Blodgivning' },
      descriptions: { pt: 'No Hospital de Cascais.' },
      category: 'health',
      points: 100,
      impact: { unit: 'blood donation', quantity: 1 },
      place: PLACES.hospital,
      schedule: { kind: 'always' },
      methods: ['steward'],
    });
    ids.recycling = await create(activity('Recycling station', { place: PLACES.recycling }));
    ids.beach = await create(
      activity('Beach clean-up', {
        place: PLACES.beach,
        descriptions: { en: 'Gloves are handed out.', sv: 'Handskar delas ut.' },
      }),
    );
    ids.walk = await create(
      activity('Guided walk', { category: 'outdoors', methods: ['steward'] }),
    );
    // A concert that was over long ago: never open now.
    ids.concert = await create(
      activity('Concert', {
        category: 'culture',
        place: PLACES.park,
        schedule: { kind: 'event', start: '2020-07-01T21:00', end: '2020-07-01T23:00' },
      }),
    );
    ids.draft = await create(activity('Draft', { place: PLACES.beach }), tenant, false);
    ids.archived = await create(activity('Archived', { place: PLACES.beach }));
    await (await service.httpAs(admin)).post(`${path}/${ids.archived}/archival`).expect(200);
    ids.sintra = await create(activity('Sintra walk', { place: PLACES.beach }), 'sintra');
  });

  afterAll(async () => {
    await service?.close();
  });

  const nearby = async (query: Record<string, string>, actor = citizen) =>
    (await service.httpAs(actor)).get(`${path}/nearby`).query(query);
  const here = {
    latitude: String(TOWN_HALL.latitude),
    longitude: String(TOWN_HALL.longitude),
  };
  const idsOf = (body: { activities: { activityId: string }[] }) =>
    body.activities.map((found) => found.activityId);

  it('answers the published activities nearest first, with their geodesic distances', async () => {
    const response = await nearby(here);
    expect(response.status).toBe(200);
    expect(idsOf(response.body)).toEqual([
      ids.beach,
      ids.concert,
      ids.recycling,
      ids.hospital,
      ids.walk,
    ]);
    const distances = response.body.activities.map(
      (found: { distanceMetres?: number }) => found.distanceMetres,
    );
    expect(distances).toEqual([
      distanceMetres(TOWN_HALL, PLACES.beach),
      distanceMetres(TOWN_HALL, PLACES.park),
      distanceMetres(TOWN_HALL, PLACES.recycling),
      distanceMetres(TOWN_HALL, PLACES.hospital),
      undefined,
    ]);
    expect(distances[3]).toBeGreaterThan(4000);
  });

  it("reads each in the language asked for, else in the tenant's default language", async () => {
    const swedish = await nearby({ ...here, language: 'sv' });
    const titles = Object.fromEntries(
      swedish.body.activities.map(
        (found: { activityId: string; title: string; language: string }) => [
          found.activityId,
          [found.language, found.title],
        ],
      ),
    );
    expect(titles[ids.hospital]).toEqual(['sv', 'Blodgivning']);
    expect(titles[ids.beach]).toEqual(['pt', 'Beach clean-up (pt)']);
    const beach = swedish.body.activities[0];
    expect(beach).toMatchObject({
      description: 'Handskar delas ut.',
      category: 'environment',
      points: 20,
      place: PLACES.beach,
      schedule: { kind: 'always' },
      methods: ['qr-gps'],
      openNow: true,
    });
    const english = await nearby({ ...here, language: 'en' });
    expect(english.body.activities[0]).toMatchObject({ language: 'en', title: 'Beach clean-up' });
  });

  it('keeps the category asked for, those open now, and at most the limit', async () => {
    expect(idsOf((await nearby({ ...here, category: 'health' })).body)).toEqual([ids.hospital]);
    const open = await nearby({ ...here, openNow: 'true' });
    expect(idsOf(open.body)).toEqual([ids.beach, ids.recycling, ids.hospital, ids.walk]);
    const concert = (await nearby({ ...here, openNow: 'false' })).body.activities[1];
    expect(concert).toMatchObject({ activityId: ids.concert, openNow: false });
    expect(idsOf((await nearby({ ...here, limit: '2' })).body)).toEqual([ids.beach, ids.concert]);
  });

  it('measures from wherever the resident is', async () => {
    const atHospital = { latitude: '38.7338', longitude: '-9.4335' };
    expect(idsOf((await nearby(atHospital)).body)[0]).toBe(ids.hospital);
  });

  it.each([
    ['a latitude past the pole', { latitude: '90.5' }, 'latitude'],
    ['a longitude past the antimeridian', { longitude: '-180.01' }, 'longitude'],
    ['a latitude that is not a number', { latitude: 'NaN' }, 'latitude'],
    ['a longitude in exponent notation', { longitude: '1e1' }, 'longitude'],
    ['no latitude', { latitude: undefined }, 'latitude'],
    ['a limit over 200', { limit: '201' }, 'limit'],
    ['a limit of 0', { limit: '0' }, 'limit'],
    ['an openNow that is not true or false', { openNow: 'yes' }, 'openNow'],
    ['an unknown category', { category: 'sport' }, 'category'],
    ['an unknown language', { language: 'de' }, 'language'],
    ['an unknown parameter', { radius: '5' }, 'radius'],
  ])('refuses %s with a 400 naming the field', async (_case, change, field) => {
    const query = Object.fromEntries(
      Object.entries({ ...here, ...change }).filter(([, value]) => value !== undefined),
    ) as Record<string, string>;
    const response = await nearby(query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
  });

  it.each(ROLES)('lets a %s of the tenant find and read them', async (role) => {
    const reader = person(role);
    expect(idsOf((await nearby(here, reader)).body)).toContain(ids.beach);
    const details = await (await service.httpAs(reader)).get(`${path}/${ids.beach}/details`);
    expect(details.status).toBe(200);
  });

  it("refuses a person of another tenant with 403, and never shows another tenant's", async () => {
    const stranger = person('citizen', 'sintra');
    const refused = await nearby(here, stranger);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('other-tenant');
    expect(
      (await (await service.httpAs(stranger)).get(`${path}/${ids.beach}/details`)).status,
    ).toBe(403);
    expect(idsOf((await nearby(here)).body)).not.toContain(ids.sintra);
  });

  it('answers one published activity in the language asked for', async () => {
    const as = await service.httpAs(citizen);
    const portuguese = await as.get(`${path}/${ids.hospital}/details`).query({ language: 'pt' });
    expect(portuguese.status).toBe(200);
    expect(portuguese.body).toEqual({
      activityId: ids.hospital,
      language: 'pt',
      title: 'Dádiva de sangue',
      description: 'No Hospital de Cascais.',
      category: 'health',
      points: 100,
      impact: { unit: 'blood donation', quantity: 1 },
      place: PLACES.hospital,
      schedule: { kind: 'always' },
      methods: ['steward'],
      openNow: true,
    });
    const swedish = await as.get(`${path}/${ids.hospital}/details`).query({ language: 'sv' });
    expect([swedish.body.title, swedish.body.description]).toEqual([
      'Blodgivning',
      'No Hospital de Cascais.',
    ]);
    // Without a language: the tenant's default, Portuguese.
    expect((await as.get(`${path}/${ids.beach}/details`)).body.title).toBe('Beach clean-up (pt)');
  });

  it("answers 404 for a draft, an archived, an unknown or another tenant's activity", async () => {
    const as = await service.httpAs(citizen);
    for (const id of [ids.draft, ids.archived, randomUUID(), ids.sintra]) {
      const response = await as.get(`${path}/${id}/details`);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 404,
        code: 'unknown-activity',
      });
    }
    expect((await as.get(`${path}/beach/details`)).body.errors).toEqual([
      { field: 'activity', message: 'activity must be a UUID' },
    ]);
    expect((await as.get(`${path}/${ids.beach}/details?language=de`)).status).toBe(400);
  });
});
