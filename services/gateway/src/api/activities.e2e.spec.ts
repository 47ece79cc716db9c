import { distanceMetres } from '@citypoints/activity-rules';
import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import request, { Response } from 'supertest';
import { API_PREFIX } from '../routes/gateway-route';
import { beachCleanUp, TOWN_HALL } from '../testing/activity-examples';
import { citizen, createTenant, Person, staff } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

// superagent leaves application/pdf and image/svg+xml unparsed unless asked: keep the bytes.
function bytes(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

// Real places of Cascais, by how far they are from the town hall.
const RECYCLING = { latitude: 38.7012, longitude: -9.4187, radius: 60 };
const HOSPITAL = { latitude: 38.7338, longitude: -9.4335, radius: 200 };
const BEACH = { latitude: 38.6979, longitude: -9.4229, radius: 150 };

describe('activities through the gateway: an admin publishes, residents find them', () => {
  const tenant = 'activity-town';
  let cluster: GatewayCluster;
  let admin: Person;
  let ana: Person;
  let otherAdmin: Person;
  const ids: Record<'beach' | 'recycling' | 'hospital', string> = {
    beach: '',
    recycling: '',
    hospital: '',
  };

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, tenant);
    await createTenant(cluster, 'other-town');
    [admin, ana, otherAdmin] = await Promise.all([
      staff(cluster, tenant, 'tenant-admin'),
      citizen(cluster, tenant),
      staff(cluster, 'other-town', 'tenant-admin'),
    ]);
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
  });

  const as = (person: Person) => {
    const call = (method: 'get' | 'post' | 'put', path: string) =>
      request(cluster.gateway.url)
        [method](API_PREFIX + path)
        .auth(person.accessToken, { type: 'bearer' });
    return {
      get: (path: string) => call('get', path),
      post: (path: string) => call('post', path),
      put: (path: string) => call('put', path),
    };
  };
  const titled = (en: string, pt: string, sv: string) => ({ titles: { en, pt, sv } });

  it('lets a tenant admin create, publish and print an activity', async () => {
    const created = await as(admin)
      .post('/activities')
      .send(beachCleanUp({ ...titled('Beach clean-up', 'Limpeza de praia', 'Strandstädning') }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'draft', version: 1, codeGeneration: 1 });
    ids.beach = created.body.activityId;

    const published = await as(admin).post(`/activities/${ids.beach}/publication`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ activityId: ids.beach, state: 'published' });

    const pdf = await as(admin)
      .get(`/activities/${ids.beach}/poster.pdf`)
      .buffer(true)
      .parse(bytes);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="poster-${ids.beach}.pdf"`,
    );
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    const document = await PDFDocument.load(pdf.body as Buffer);
    expect(document.getPageCount()).toBe(1);
    const [width, height] = [document.getPage(0).getWidth(), document.getPage(0).getHeight()];
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);

    const svg = await as(admin)
      .get(`/activities/${ids.beach}/poster.svg`)
      .buffer(true)
      .parse(bytes);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers['content-disposition']).toContain(`poster-${ids.beach}.svg`);
    expect((svg.body as Buffer).toString('utf8')).toContain('Limpeza de praia');

    const codes = await as(admin).get(`/activities/${ids.beach}/codes`);
    expect(codes.body.code).toMatch(new RegExp(`^CP1\\.S\\.${tenant}\\.${ids.beach}\\.1\\.`));
    const screen = await as(admin).get(`/activities/${ids.beach}/codes/rotating`);
    expect(screen.body.code).toMatch(new RegExp(`^CP1\\.R\\.${tenant}\\.${ids.beach}\\.1\\.`));
  });

  it('lets a citizen find the published activities nearest first, in Swedish', async () => {
    const publish = async (body: Record<string, unknown>) => {
      const created = await as(admin).post('/activities').send(body).expect(201);
      await as(admin).post(`/activities/${created.body.activityId}/publication`).expect(200);
      return created.body.activityId as string;
    };
    ids.hospital = await publish(
      beachCleanUp({
        ...titled('Blood donation', 'Dádiva de sangue', 'Blodgivning'),
        category: 'health',
        place: HOSPITAL,
        methods: ['steward'],
      }),
    );
    ids.recycling = await publish(
      beachCleanUp({
        ...titled('Recycling station', 'Ecoponto', 'Återvinningsstation'),
        place: RECYCLING,
      }),
    );
    // A draft is the admin's alone.
    const draft = await as(admin).post('/activities').send(beachCleanUp()).expect(201);

    const found = await as(ana)
      .get('/activities/nearby')
      .query({ latitude: TOWN_HALL.latitude, longitude: TOWN_HALL.longitude, language: 'sv' });
    expect(found.status).toBe(200);
    const activities = found.body.activities as {
      activityId: string;
      title: string;
      language: string;
      distanceMetres: number;
    }[];
    expect(activities.map((activity) => activity.activityId)).toEqual([
      ids.beach,
      ids.recycling,
      ids.hospital,
    ]);
    expect(activities.map((activity) => [activity.language, activity.title])).toEqual([
      ['sv', 'Strandstädning'],
      ['sv', 'Återvinningsstation'],
      ['sv', 'Blodgivning'],
    ]);
    expect(activities.map((activity) => activity.distanceMetres)).toEqual(
      [BEACH, RECYCLING, HOSPITAL].map((place) => distanceMetres(TOWN_HALL, place)),
    );
    expect(JSON.stringify(found.body)).not.toContain(draft.body.activityId);

    const health = await as(ana)
      .get('/activities/nearby')
      .query({ ...TOWN_HALL, category: 'health', openNow: 'true' });
    expect(health.body.activities.map((a: { activityId: string }) => a.activityId)).toEqual([
      ids.hospital,
    ]);
  });

  it('lets a citizen read an activity in Portuguese', async () => {
    const details = await as(ana).get(`/activities/${ids.hospital}/details`).query({
      language: 'pt',
    });
    expect(details.status).toBe(200);
    expect(details.body).toMatchObject({
      activityId: ids.hospital,
      language: 'pt',
      title: 'Dádiva de sangue',
      category: 'health',
      points: 30,
      place: HOSPITAL,
      methods: ['steward'],
      openNow: true,
    });
  });

  it('refuses a citizen the catalogue and a bad position, each naming why', async () => {
    const create = await as(ana).post('/activities').send(beachCleanUp());
    expect(create.status).toBe(403);
    expect(create.body.detail).toBe('a citizen may not POST /api/v1/activities');
    expect((await as(ana).get(`/activities/${ids.beach}/poster.pdf`)).status).toBe(403);
    for (const [field, query] of [
      ['latitude', { latitude: '91', longitude: '-9.42' }],
      ['longitude', { latitude: '38.7', longitude: 'NaN' }],
      ['limit', { ...TOWN_HALL, limit: '201' }],
    ] as const) {
      const refused = await as(ana).get('/activities/nearby').query(query);
      expect(refused.status).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.errors).toContainEqual(expect.objectContaining({ field }));
    }
  });

  it("keeps another tenant's admin out: nothing of it is seen or changed", async () => {
    const theirs = as(otherAdmin);
    for (const path of [
      `/activities/${ids.beach}`,
      `/activities/${ids.beach}/details`,
      `/activities/${ids.beach}/poster.pdf`,
      `/activities/${ids.beach}/codes`,
    ]) {
      const response = await theirs.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    const archive = await theirs.post(`/activities/${ids.beach}/archival`);
    expect(archive.status).toBe(404);
    const list = await theirs.get('/activities');
    expect(list.body).toEqual({ activities: [] });
    const nearby = await theirs.get('/activities/nearby').query(TOWN_HALL);
    expect(nearby.body).toEqual({ activities: [] });
    const ours = await as(admin).get(`/activities/${ids.beach}`);
    expect(ours.body).toMatchObject({ state: 'published', version: 2 });
  });

  it('answers a replacement with the activity as it is, and a stale one with 409', async () => {
    const changed = beachCleanUp({
      ...titled('Beach clean-up', 'Limpeza de praia', 'Strandstädning'),
      points: 45,
    });
    const replaced = await as(admin)
      .put(`/activities/${ids.beach}`)
      .send({ ...changed, version: 2 });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ points: 45, version: 3 });
    const stale = await as(admin)
      .put(`/activities/${ids.beach}`)
      .send({ ...changed, version: 2 });
    expect({ status: stale.status, code: stale.body.code }).toEqual({
      status: 409,
      code: 'stale-version',
    });
    expect((await as(admin).get(`/activities/${randomUUID()}`)).status).toBe(404);
  });
});
