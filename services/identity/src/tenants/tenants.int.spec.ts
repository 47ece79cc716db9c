import {
  DEFAULT_MAX_ACTIVITY_POINTS,
  DEFAULT_VERIFICATION_SETTINGS,
  TenantSettingsChanged,
  Topics,
} from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { TestApp } from '@citypoints/platform/testing';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { startIdentity } from '../testing/start-identity';

describe('tenants', () => {
  let service: TestApp;
  let db: DataSource;

  let topic: TopicReader;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
    topic = await TopicReader.read(service.topic(Topics.identity));
  });

  afterAll(async () => {
    await topic?.close();
    await service?.close();
  });

  const http = () => service.http();
  const cascais = {
    slug: 'cascais',
    name: 'Câmara Municipal de Cascais',
    defaultLocale: 'pt',
    timeZone: 'Europe/Lisbon',
    settings: { pointsExpiryMonths: 24 },
  };

  const defaults = {
    maxActivityPoints: DEFAULT_MAX_ACTIVITY_POINTS,
    verification: DEFAULT_VERIFICATION_SETTINGS,
  };
  // What every TenantSettingsChanged of Cascais carries besides its own rules.
  const cascaisEvent = { timeZone: 'Europe/Lisbon', defaultLocale: 'pt', ...defaults };

  it('creates a tenant, shows it, and updates its settings one by one', async () => {
    const created = await http().post('/tenants').send(cascais);
    expect(created.status).toBe(201);
    const shown = { ...cascais, settings: { ...cascais.settings, ...defaults } };
    expect(created.body).toEqual(shown);
    expect((await http().get('/tenants/cascais')).body).toEqual(shown);

    const bonuses = [
      { rank: 1, points: 100 },
      { rank: 2, points: 50 },
    ];
    const updated = await http()
      .patch('/tenants/cascais/settings')
      .send({ leaderboardBonuses: bonuses });
    expect(updated.status).toBe(200);
    expect(updated.body.settings).toEqual({
      pointsExpiryMonths: 24,
      leaderboardBonuses: bonuses,
      ...defaults,
    });
    expect((await http().get('/tenants/cascais')).body.settings).toEqual(updated.body.settings);

    const neverExpire = await http()
      .patch('/tenants/cascais/settings')
      .send({ pointsExpiryMonths: null });
    expect(neverExpire.body.settings.pointsExpiryMonths).toBeNull();
    const published = await topic.waitFor(TenantSettingsChanged, {}, 3);
    expect(
      published.filter((event) => event.tenantid === 'cascais').map((event) => event.data),
    ).toEqual([
      { ...cascaisEvent, pointsExpiryMonths: 24, leaderboardBonuses: [] },
      { ...cascaisEvent, pointsExpiryMonths: 24, leaderboardBonuses: bonuses },
      { ...cascaisEvent, pointsExpiryMonths: null, leaderboardBonuses: bonuses },
    ]);
  });

  it('changes the most points per activity and the verification fields it names, and publishes them whole', async () => {
    const town = { ...cascais, slug: 'strict-town', defaultLocale: 'sv', settings: {} };
    await http().post('/tenants').send(town).expect(201);
    const first = await http()
      .patch('/tenants/strict-town/settings')
      .send({ maxActivityPoints: 250, verification: { maxAccuracyMetres: 30, maxTravelKmh: 90 } });
    expect(first.status).toBe(200);
    const second = await http()
      .patch('/tenants/strict-town/settings')
      .send({ verification: { reviewAccuracyMetres: 60, reviewPointsAtLeast: 200 } });
    const third = await http()
      .patch('/tenants/strict-town/settings')
      .send({ verification: { reviewAccuracyMetres: null, lateCheckInHours: 0 } });
    const verification = {
      maxAccuracyMetres: 30,
      lateCheckInHours: 0,
      maxTravelKmh: 90,
      reviewAccuracyMetres: null,
      reviewPointsAtLeast: 200,
    };
    expect(third.body.settings).toEqual({ maxActivityPoints: 250, verification });
    expect((await http().get('/tenants/strict-town')).body).toEqual(third.body);

    expect(second.status).toBe(200);

    const mine = await topic.waitFor(TenantSettingsChanged, { defaultLocale: 'sv' }, 4);
    const event = { timeZone: 'Europe/Lisbon', defaultLocale: 'sv', pointsExpiryMonths: null };
    expect(mine.map((one) => one.data)).toEqual([
      { ...event, leaderboardBonuses: [], ...defaults },
      {
        ...event,
        leaderboardBonuses: [],
        maxActivityPoints: 250,
        verification: { ...DEFAULT_VERIFICATION_SETTINGS, maxAccuracyMetres: 30, maxTravelKmh: 90 },
      },
      {
        ...event,
        leaderboardBonuses: [],
        maxActivityPoints: 250,
        verification: { ...verification, lateCheckInHours: 24, reviewAccuracyMetres: 60 },
      },
      { ...event, leaderboardBonuses: [], maxActivityPoints: 250, verification },
    ]);
  });

  it('creates a tenant with its own verification settings over the defaults', async () => {
    const created = await http()
      .post('/tenants')
      .send({
        ...cascais,
        slug: 'lenient-town',
        settings: { maxActivityPoints: 5000, verification: { maxAccuracyMetres: 500 } },
      });
    expect(created.status).toBe(201);
    expect(created.body.settings).toEqual({
      maxActivityPoints: 5000,
      verification: { ...DEFAULT_VERIFICATION_SETTINGS, maxAccuracyMetres: 500 },
    });
    const [event] = await topic.waitFor(TenantSettingsChanged, { maxActivityPoints: 5000 });
    expect(event.data).toMatchObject({ verification: created.body.settings.verification });
  });

  it("sets the group average leaderboards' minimum of active members and publishes it", async () => {
    await http()
      .post('/tenants')
      .send({ ...cascais, slug: 'small-teams-town' })
      .expect(201);
    const changed = await http()
      .patch('/tenants/small-teams-town/settings')
      .send({ minActiveMembersForAverage: 2 });
    expect(changed.status).toBe(200);
    expect(changed.body.settings.minActiveMembersForAverage).toBe(2);
    const [event] = await topic.waitFor(TenantSettingsChanged, { minActiveMembersForAverage: 2 });
    expect(event.tenantid).toBe('small-teams-town');
  });

  it.each([
    ['no active members', { minActiveMembersForAverage: 0 }, 'minActiveMembersForAverage'],
    ['a null minimum', { minActiveMembersForAverage: null }, 'minActiveMembersForAverage'],
    ['points of 0', { maxActivityPoints: 0 }, 'maxActivityPoints'],
    ['a null maximum', { maxActivityPoints: null }, 'maxActivityPoints'],
    ['too many points', { maxActivityPoints: 1_000_001 }, 'maxActivityPoints'],
    ['a fraction', { maxActivityPoints: 2.5 }, 'maxActivityPoints'],
    [
      'an accuracy of 4 m',
      { verification: { maxAccuracyMetres: 4 } },
      'verification.maxAccuracyMetres',
    ],
    [
      'an accuracy as text',
      { verification: { maxAccuracyMetres: '50' } },
      'verification.maxAccuracyMetres',
    ],
    [
      'a null accuracy',
      { verification: { maxAccuracyMetres: null } },
      'verification.maxAccuracyMetres',
    ],
    [
      'a negative delay',
      { verification: { lateCheckInHours: -1 } },
      'verification.lateCheckInHours',
    ],
    [
      'a delay over a week',
      { verification: { lateCheckInHours: 169 } },
      'verification.lateCheckInHours',
    ],
    [
      'a travel speed of 9 km/h',
      { verification: { maxTravelKmh: 9 } },
      'verification.maxTravelKmh',
    ],
    [
      'a review accuracy of 0',
      { verification: { reviewAccuracyMetres: 0 } },
      'verification.reviewAccuracyMetres',
    ],
    [
      'review points of 0',
      { verification: { reviewPointsAtLeast: 0 } },
      'verification.reviewPointsAtLeast',
    ],
    ['an unknown verification field', { verification: { radius: 1 } }, 'verification.radius'],
    ['verification as a number', { verification: 5 }, 'verification'],
  ])(
    'refuses %s in a settings update with 400 naming the field, changing nothing',
    async (_case, change, field) => {
      await http()
        .post('/tenants')
        .send({ ...cascais, slug: 'steady-town' });
      const before = await rowCounts(db);
      const tenantBefore = (await http().get('/tenants/steady-town')).body;
      const response = await http()
        .patch('/tenants/steady-town/settings')
        .send({ pointsExpiryMonths: 6, verification: { maxTravelKmh: 300 }, ...change });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const fields = response.body.errors.map((error: { field: string }) => error.field);
      expect([...new Set(fields)]).toEqual([field]);
      expect(response.body.errors[0].message).toContain(field);
      expect((await http().get('/tenants/steady-town')).body).toEqual(tenantBefore);
      expect(await rowCounts(db)).toEqual(before);
    },
  );

  it('refuses a second tenant with the same slug with 409', async () => {
    await http()
      .post('/tenants')
      .send({ ...cascais, slug: 'twice' })
      .expect(201);
    const before = await rowCounts(db);
    const again = await http()
      .post('/tenants')
      .send({ ...cascais, slug: 'twice', name: 'Other' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'tenant-taken',
      detail: 'tenant twice already exists',
      errors: [{ field: 'slug', message: 'tenant twice already exists' }],
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it.each([
    ['a slug with capitals', { slug: 'Cascais' }, 'slug must be'],
    ['a missing name', { name: undefined }, 'name must be a string'],
    ['a NUL in the name', { name: 'Cascais\u0000' }, 'name must not contain control characters'],
    ['a name of fillers', { name: '\u3164' }, 'name must contain a visible character'],
    ['an unsupported locale', { defaultLocale: 'de' }, 'defaultLocale must be one of en, sv, pt'],
    ['a made-up time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone must be an IANA time zone'],
    ['an offset as time zone', { timeZone: '+01:00' }, 'timeZone must be an IANA time zone'],
    ['an unknown setting', { settings: { bonus: 1 } }, 'settings.bonus is not a known field'],
    ['a negative expiry', { settings: { pointsExpiryMonths: -1 } }, 'pointsExpiryMonths'],
    [
      'a bonus without points',
      { settings: { leaderboardBonuses: [{ rank: 1 }] } },
      'leaderboardBonuses.0.points',
    ],
  ])('refuses %s with 400 naming the field, writing nothing', async (_case, change, message) => {
    const before = await rowCounts(db);
    const response = await http()
      .post('/tenants')
      .send({ ...cascais, slug: 'refused-town', ...change });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).toContain(message);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('answers 404 for an unknown tenant and 400 for a malformed one', async () => {
    expect((await http().get('/tenants/nowhere')).status).toBe(404);
    expect((await http().patch('/tenants/nowhere/settings').send({})).status).toBe(404);
    const malformed = await http().get('/tenants/No%20Where');
    expect(malformed.status).toBe(400);
    expect(malformed.body.detail).toContain('tenant must be');
  });

  it('is ready with its database and Kafka, and describes its API', async () => {
    const ready = await http().get('/health/ready');
    expect(ready.status).toBe(200);
    const { body: document } = await http().get('/openapi.json').expect(200);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/tenants',
        '/tenants/{tenant}/sign-ups',
        '/tenants/{tenant}/sessions',
        '/tenants/{tenant}/sessions/refresh',
        '/tenants/{tenant}/groups',
        '/tenants/{tenant}/people/{person}/export',
        '/tenants/{tenant}/people/{person}/personal-cards',
        '/tenants/{tenant}/people/{person}/personal-cards/{card}/revocation',
        '/.well-known/jwks.json',
      ]),
    );
  });
});
