import { TenantSettingsChanged, Topics } from '@citypoints/contracts';
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

  it('creates a tenant, shows it, and updates its settings one by one', async () => {
    const created = await http().post('/tenants').send(cascais);
    expect(created.status).toBe(201);
    expect(created.body).toEqual(cascais);
    expect((await http().get('/tenants/cascais')).body).toEqual(cascais);

    const bonuses = [
      { rank: 1, points: 100 },
      { rank: 2, points: 50 },
    ];
    const updated = await http()
      .patch('/tenants/cascais/settings')
      .send({ leaderboardBonuses: bonuses });
    expect(updated.status).toBe(200);
    expect(updated.body.settings).toEqual({ pointsExpiryMonths: 24, leaderboardBonuses: bonuses });
    expect((await http().get('/tenants/cascais')).body.settings).toEqual(updated.body.settings);

    const neverExpire = await http()
      .patch('/tenants/cascais/settings')
      .send({ pointsExpiryMonths: null });
    expect(neverExpire.body.settings.pointsExpiryMonths).toBeNull();
    const published = await topic.waitFor(TenantSettingsChanged, {}, 3);
    expect(
      published.filter((event) => event.tenantid === 'cascais').map((event) => event.data),
    ).toEqual([
      { timeZone: 'Europe/Lisbon', pointsExpiryMonths: 24, leaderboardBonuses: [] },
      { timeZone: 'Europe/Lisbon', pointsExpiryMonths: 24, leaderboardBonuses: bonuses },
      { timeZone: 'Europe/Lisbon', pointsExpiryMonths: null, leaderboardBonuses: bonuses },
    ]);
  });

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
        '/.well-known/jwks.json',
      ]),
    );
  });
});
