import {
  rotatingActivityCode,
  staticActivityCode,
  typedActivityCode,
} from '@citypoints/activity-rules';
import {
  ActivitySnapshotV1,
  DEFAULT_VERIFICATION_SETTINGS,
  ParticipationRejected,
  ParticipationVerified,
  VerificationSettingsV1,
} from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { publishActivity } from '../activity-catalogue/activity-catalogue.store';
import { setTenantRules } from '../activity-catalogue/tenant-settings.store';
import { erasePerson, registerPerson, revokeCard } from '../people/people.store';
import { activitySnapshot } from '../testing/activity-snapshot';
import { startVerification } from '../testing/start-verification';

const TENANT = 'cascais';
const BEACH = { latitude: 38.6979, longitude: -9.4215, radius: 150 };
const ALWAYS = { kind: 'always' } as const;

/** Identity's part, as verification sees it: the JWKS its personal codes are checked with. */
async function identityKeys() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(request.url === '/.well-known/jwks.json' ? { keys: [jwk] } : {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = (kind: 'qr' | 'card', userId: string, tenant = TENANT, key = privateKey) =>
    new SignJWT({ tenant })
      .setProtectedHeader({ alg: 'ES256', kid: 'test', typ: `citypoints-${kind}+jwt` })
      .setSubject(userId)
      .setIssuer('citypoints-identity')
      .setAudience(`citypoints:personal-${kind}`)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(kind === 'qr' ? '2m' : '3650d')
      .sign(key);
  return { url, sign, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('check-ins: verification judges each claim once, by the rules (issue 12)', () => {
  const key = randomBytes(32);
  let identity: Awaited<ReturnType<typeof identityKeys>>;
  let service: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    identity = await identityKeys();
    service = await startVerification(key, identity.url);
    db = service.db;
    await rules();
  });

  afterAll(async () => {
    await service?.close();
    await identity?.close();
  });

  async function rules(change: Partial<VerificationSettingsV1> = {}, tenant = TENANT) {
    const verification = { ...DEFAULT_VERIFICATION_SETTINGS, ...change };
    await db.transaction((tx) =>
      setTenantRules(
        tx,
        tenant,
        { timeZone: 'Europe/Lisbon', verification },
        new Date().toISOString(),
      ),
    );
  }

  async function activity(change: Partial<ActivitySnapshotV1> = {}, tenant = TENANT) {
    const snapshot = activitySnapshot({ place: BEACH, schedule: ALWAYS, limits: {}, ...change });
    await db.transaction((tx) =>
      publishActivity(tx, {
        activity: { ...snapshot, tenantId: tenant } as never,
        changedAt: new Date().toISOString(),
      }),
    );
    return snapshot;
  }

  const codeOf = (a: ActivitySnapshotV1, tenant = TENANT) =>
    staticActivityCode(key, {
      tenantId: tenant,
      activityId: a.activityId,
      generation: a.codeGeneration,
    });

  const citizen = (userId = randomUUID()) => ({
    userId,
    tenant: TENANT,
    role: 'citizen' as const,
    generation: 0,
  });
  const atTheBeach = { latitude: 38.698, longitude: -9.4214, accuracy: 10 };

  async function checkIn(
    who: ReturnType<typeof citizen>,
    body: Record<string, unknown>,
    idempotencyKey: string | null = randomUUID(),
  ) {
    const call = (await service.httpAs(who)).post(`/tenants/${TENANT}/check-ins`);
    return (idempotencyKey ? call.set('idempotency-key', idempotencyKey) : call).send(body);
  }

  async function counts() {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM participation)::int AS participations,
              (SELECT count(*) FROM outbox)::int AS events,
              (SELECT count(*) FROM check_in_request)::int AS answers`,
    );
    return row;
  }

  const eventsOf = (participationId: string) =>
    db.query(`SELECT event FROM outbox WHERE event->>'subject' = $1`, [participationId]);

  it('verifies a QR + GPS check-in at the place and publishes ParticipationVerified with what the ledger and rankings need', async () => {
    const beach = await activity();
    const ana = citizen();
    const scannedAt = new Date(Date.now() - 30_000).toISOString();
    const response = await checkIn(ana, { code: codeOf(beach), position: atTheBeach, scannedAt });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      state: 'verified',
      method: 'qr-gps',
      points: 50,
      userId: ana.userId,
    });
    const [{ event }] = await eventsOf(response.body.id);
    expect(event).toMatchObject({
      type: ParticipationVerified,
      tenantid: TENANT,
      data: {
        participationId: response.body.id,
        userId: ana.userId,
        activityId: beach.activityId,
        activityTitle: 'Beach clean-up',
        activityCategory: 'environment',
        impact: { unit: 'kg collected', quantity: 2.5 },
        points: 50,
        method: 'qr-gps',
        scannedAt,
        verifiedBy: { kind: 'code' },
      },
    });
  });

  it('answers a retry with the same Idempotency-Key with the first answer and stores nothing more; another body with the key is a 422', async () => {
    const beach = await activity();
    const ana = citizen();
    const body = { code: codeOf(beach), position: atTheBeach, scannedAt: new Date().toISOString() };
    const first = await checkIn(ana, body, 'retry-1');
    const before = await counts();
    const again = await checkIn(ana, body, 'retry-1');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await counts()).toEqual(before);
    const other = await checkIn(
      ana,
      { ...body, position: { ...atTheBeach, accuracy: 11 } },
      'retry-1',
    );
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'idempotency-key-reused' });
    expect(JSON.stringify(other.body)).toContain('Idempotency-Key');
    expect(await counts()).toEqual(before);
  });

  it('credits one of two concurrent retries of the same check-in', async () => {
    const beach = await activity();
    const ana = citizen();
    const body = { code: codeOf(beach), position: atTheBeach, scannedAt: new Date().toISOString() };
    const answers = await Promise.all([1, 2, 3].map(() => checkIn(ana, body, 'same-key')));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM participation WHERE user_id = $1`,
      [ana.userId],
    );
    expect(count).toBe(1);
  });

  describe('refuses bad input with a 4xx naming what is wrong, and stores nothing', () => {
    let beach: ActivitySnapshotV1;
    let valid: () => Record<string, unknown>;
    beforeAll(async () => {
      beach = await activity();
      valid = () => ({
        code: codeOf(beach),
        position: atTheBeach,
        scannedAt: new Date().toISOString(),
      });
    });
    const forge = (code: string) => code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    const cases: [string, () => Record<string, unknown>, number, string][] = [
      ['a truncated code', () => ({ code: codeOf(beach).slice(0, 30) }), 422, 'malformed-code'],
      ['a forged code', () => ({ code: forge(codeOf(beach)) }), 422, 'bad-signature'],
      [
        "another deployment's code",
        () => ({
          code: staticActivityCode(randomBytes(32), {
            tenantId: TENANT,
            activityId: beach.activityId,
            generation: 1,
          }),
        }),
        422,
        'bad-signature',
      ],
      ["another tenant's code", () => ({ code: codeOf(beach, 'sintra') }), 422, 'foreign-tenant'],
      [
        'a code of an unknown activity',
        () => ({ code: codeOf({ ...beach, activityId: randomUUID() }) }),
        422,
        'unknown-activity',
      ],
      [
        'a code of an earlier generation',
        () => ({ code: codeOf({ ...beach, codeGeneration: 2 }) }),
        422,
        'superseded-code',
      ],
      [
        'a latitude above 90',
        () => ({ position: { ...atTheBeach, latitude: 91 } }),
        400,
        'position.latitude',
      ],
      [
        'a longitude below -180',
        () => ({ position: { ...atTheBeach, longitude: -181 } }),
        400,
        'position.longitude',
      ],
      [
        'a latitude that is not a number',
        () => ({ position: { ...atTheBeach, latitude: 'NaN' } }),
        400,
        'position.latitude',
      ],
      [
        'a missing accuracy',
        () => ({ position: { latitude: 38.698, longitude: -9.42 } }),
        400,
        'position.accuracy',
      ],
      [
        'a negative accuracy',
        () => ({ position: { ...atTheBeach, accuracy: -1 } }),
        400,
        'position.accuracy',
      ],
      [
        'no position for a QR + GPS activity',
        () => ({ position: undefined }),
        422,
        'position-required',
      ],
      [
        'a scan time in the future',
        () => ({ scannedAt: new Date(Date.now() + 10 * 60_000).toISOString() }),
        422,
        'scan-in-future',
      ],
      [
        'a scan older than the allowed delay',
        () => ({ scannedAt: new Date(Date.now() - 25 * 3_600_000).toISOString() }),
        422,
        'scan-too-old',
      ],
      ['a scan time that is no time', () => ({ scannedAt: 'this morning' }), 400, 'scannedAt'],
      ['an unknown field', () => ({ points: 1000 }), 400, 'points'],
    ];
    it.each(cases)('%s', async (_case, change, status, named) => {
      const before = await counts();
      const response = await checkIn(citizen(), { ...valid(), ...change() });
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(response.body)).toContain(named);
      expect(await counts()).toEqual(before);
    });

    it('a check-in without an Idempotency-Key', async () => {
      const before = await counts();
      const response = await checkIn(citizen(), valid(), null);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain('Idempotency-Key');
      expect(await counts()).toEqual(before);
    });

    it('a check-in by someone who is not a resident', async () => {
      const before = await counts();
      const response = await checkIn({ ...citizen(), role: 'verifier' } as never, valid());
      expect(response.status).toBe(403);
      expect(await counts()).toEqual(before);
    });
  });

  describe('rejects a genuine claim that breaks a rule: 422 with the reason, kept as rejected, ParticipationRejected, nothing credited', () => {
    async function expectRejected(
      response: { status: number; body: Record<string, unknown> },
      reason: string,
    ) {
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: reason });
      const id = response.body.participationId as string;
      const [stored] = await db.query(`SELECT state, reason FROM participation WHERE id = $1`, [
        id,
      ]);
      expect(stored).toEqual({ state: 'rejected', reason });
      const events = await eventsOf(id);
      expect(events.map((e: { event: { type: string } }) => e.event.type)).toEqual([
        ParticipationRejected,
      ]);
      expect(events[0].event.data).toMatchObject({ reason });
    }

    it('outside the place: farther than the radius plus the accuracy', async () => {
      const beach = await activity();
      // About 1.1 km north of the beach, with an accuracy of 10 m.
      const far = { latitude: 38.708, longitude: -9.4215, accuracy: 10 };
      const response = await checkIn(citizen(), {
        code: codeOf(beach),
        position: far,
        scannedAt: new Date().toISOString(),
      });
      await expectRejected(response, 'outside-place');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'position' })]);
    });

    it("an accuracy worse than the tenant's limit, even at the centre", async () => {
      const beach = await activity();
      const vague = { latitude: BEACH.latitude, longitude: BEACH.longitude, accuracy: 500 };
      const response = await checkIn(citizen(), {
        code: codeOf(beach),
        position: vague,
        scannedAt: new Date().toISOString(),
      });
      await expectRejected(response, 'accuracy-too-poor');
    });

    it('at a time the activity is not open', async () => {
      const concert = await activity({
        schedule: { kind: 'event', start: '2030-05-01T20:00', end: '2030-05-01T23:00' },
      });
      const response = await checkIn(citizen(), {
        code: codeOf(concert),
        position: atTheBeach,
        scannedAt: new Date().toISOString(),
      });
      await expectRejected(response, 'not-open');
    });

    it('the N+1-th check-in in a day, with when to try again', async () => {
      const station = await activity({ limits: { perPeriod: { count: 2, period: 'day' } } });
      const rui = citizen();
      const body = () => ({
        code: codeOf(station),
        position: atTheBeach,
        scannedAt: new Date().toISOString(),
      });
      expect((await checkIn(rui, body())).status).toBe(201);
      expect((await checkIn(rui, body())).status).toBe(201);
      const third = await checkIn(rui, body());
      await expectRejected(third, 'limit-reached');
      expect(Date.parse(third.body.retryAt as string)).toBeGreaterThan(Date.now());
      // Someone else is not limited by Rui's check-ins.
      expect((await checkIn(citizen(), body())).status).toBe(201);
    });

    it('impossible travel: Cascais, then Stockholm ten minutes later', async () => {
      const beach = await activity({ methods: ['qr-gps'] });
      const lake = await activity({
        place: { latitude: 59.3326, longitude: 18.0649, radius: 200 },
      });
      const eva = citizen();
      const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
      expect(
        (
          await checkIn(eva, {
            code: codeOf(beach),
            position: atTheBeach,
            scannedAt: tenMinutesAgo,
          })
        ).status,
      ).toBe(201);
      const inStockholm = { latitude: 59.3327, longitude: 18.065, accuracy: 10 };
      const response = await checkIn(eva, {
        code: codeOf(lake),
        position: inStockholm,
        scannedAt: new Date().toISOString(),
      });
      await expectRejected(response, 'impossible-travel');
    });
  });

  describe('rotating codes prove their own time', () => {
    it('accepts the code on the screen now and a late check-in whose scan time fits its code; refuses a code copied two minutes later', async () => {
      const event = await activity();
      const subject = { tenantId: TENANT, activityId: event.activityId, generation: 1 };
      const now = new Date();
      const current = rotatingActivityCode(key, subject, now);
      expect(
        (
          await checkIn(citizen(), {
            code: current,
            position: atTheBeach,
            scannedAt: now.toISOString(),
          })
        ).status,
      ).toBe(201);

      const fiveMinutesAgo = new Date(now.getTime() - 5 * 60_000);
      const shownThen = rotatingActivityCode(key, subject, fiveMinutesAgo);
      const late = await checkIn(citizen(), {
        code: shownThen,
        position: atTheBeach,
        scannedAt: fiveMinutesAgo.toISOString(),
      });
      expect(late.status).toBe(201);

      const twoMinutesAgo = new Date(now.getTime() - 2 * 60_000);
      const copied = rotatingActivityCode(key, subject, twoMinutesAgo);
      const before = await counts();
      const refused = await checkIn(citizen(), {
        code: copied,
        position: atTheBeach,
        scannedAt: now.toISOString(),
      });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'expired-code' });
      expect(await counts()).toEqual(before);
    });
  });

  describe('the steward path', () => {
    const steward = {
      userId: randomUUID(),
      tenant: TENANT,
      role: 'verifier' as const,
      generation: 0,
    };
    async function confirm(
      who: typeof steward,
      body: Record<string, unknown>,
      idempotencyKey = randomUUID(),
    ) {
      return (await service.httpAs(who))
        .post(`/tenants/${TENANT}/steward-check-ins`)
        .set('idempotency-key', idempotencyKey)
        .send(body);
    }

    it("verifies the person whose personal QR code the steward scanned, as the steward's", async () => {
      const walk = await activity({ methods: ['steward'], place: undefined });
      const ana = randomUUID();
      const response = await confirm(steward, {
        activityId: walk.activityId,
        personalCode: await identity.sign('qr', ana),
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ userId: ana, method: 'steward', state: 'verified' });
      const [{ event }] = await eventsOf(response.body.id);
      expect(event.data).toMatchObject({
        userId: ana,
        method: 'steward',
        verifiedBy: { kind: 'steward', id: steward.userId },
      });
    });

    it('verifies a printed card, until it is revoked or its holder erased', async () => {
      const walk = await activity({ methods: ['steward'], place: undefined });
      const [ana, rui] = [randomUUID(), randomUUID()];
      const card = await identity.sign('card', ana);
      expect(
        (await confirm(steward, { activityId: walk.activityId, personalCode: card })).status,
      ).toBe(201);
      const cardId = JSON.parse(Buffer.from(card.split('.')[1], 'base64url').toString()).jti;
      await db.transaction((tx) => revokeCard(tx, TENANT, cardId));
      const revoked = await confirm(steward, { activityId: walk.activityId, personalCode: card });
      expect(revoked.status).toBe(422);
      expect(revoked.body).toMatchObject({ code: 'invalid-personal-code' });
      const ruisCard = await identity.sign('card', rui);
      await db.transaction(async (tx) => {
        await registerPerson(tx, TENANT, rui);
        await erasePerson(tx, TENANT, rui);
      });
      expect(
        (await confirm(steward, { activityId: walk.activityId, personalCode: ruisCard })).body,
      ).toMatchObject({ code: 'invalid-personal-code' });
    });

    it.each([
      [
        'a code signed by another key',
        async () =>
          new SignJWT({ tenant: TENANT })
            .setProtectedHeader({ alg: 'ES256', typ: 'citypoints-qr+jwt' })
            .setSubject(randomUUID())
            .setIssuer('citypoints-identity')
            .setAudience('citypoints:personal-qr')
            .setExpirationTime('2m')
            .sign((await generateKeyPair('ES256')).privateKey),
      ],
      ["another tenant's code", () => identity.sign('qr', randomUUID(), 'sintra')],
      ['an activity code', async () => 'CP1.S.cascais.x'],
    ])('refuses %s with invalid-personal-code, storing nothing', async (_case, code) => {
      const walk = await activity({ methods: ['steward'], place: undefined });
      const before = await counts();
      const response = await confirm(steward, {
        activityId: walk.activityId,
        personalCode: await code(),
      });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'invalid-personal-code' });
      expect(await counts()).toEqual(before);
    });

    it('refuses an activity no steward verifies, and a resident acting as steward', async () => {
      const beach = await activity({ methods: ['qr-gps'] });
      const personalCode = await identity.sign('qr', randomUUID());
      const wrongActivity = await confirm(steward, { activityId: beach.activityId, personalCode });
      expect(wrongActivity.status).toBe(422);
      expect(wrongActivity.body).toMatchObject({ code: 'method-not-allowed' });
      const asResident = await confirm({ ...steward, role: 'citizen' } as never, {
        activityId: beach.activityId,
        personalCode,
      });
      expect(asResident.status).toBe(403);
    });
  });

  describe('the review queue', () => {
    const admin = {
      userId: randomUUID(),
      tenant: 'review-town',
      role: 'tenant-admin' as const,
      generation: 0,
    };

    it('holds a flagged check-in until an admin decides, once; approval publishes ParticipationVerified by the reviewer', async () => {
      await rules({ reviewAccuracyMetres: 20 }, 'review-town');
      const beach = await activity({}, 'review-town');
      const ana = { ...citizen(), tenant: 'review-town' };
      const body = (accuracy: number) => ({
        code: codeOf(beach, 'review-town'),
        position: { ...atTheBeach, accuracy },
        scannedAt: new Date().toISOString(),
      });
      const call = async (accuracy: number) =>
        (await service.httpAs(ana))
          .post('/tenants/review-town/check-ins')
          .set('idempotency-key', randomUUID())
          .send(body(accuracy));
      const flagged = await call(40);
      expect(flagged.status).toBe(202);
      expect(flagged.body).toMatchObject({ state: 'pending-review' });
      expect(await eventsOf(flagged.body.id)).toEqual([]);

      const queue = await (await service.httpAs(admin)).get('/tenants/review-town/reviews');
      expect(queue.status).toBe(200);
      expect(queue.body.items).toEqual([
        expect.objectContaining({
          id: flagged.body.id,
          flags: ['accuracy-above-review-limit'],
          accuracy: 40,
        }),
      ]);
      const notAdmin = await (await service.httpAs(ana)).get('/tenants/review-town/reviews');
      expect(notAdmin.status).toBe(403);

      const decide = async (decision: string, reason = 'seen on the camera') =>
        (await service.httpAs(admin))
          .post(`/tenants/review-town/reviews/${flagged.body.id}/decision`)
          .send({ decision, reason });
      expect((await decide('maybe')).status).toBe(400);
      const approved = await decide('approve');
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ state: 'verified' });
      const [{ event }] = await eventsOf(flagged.body.id);
      expect(event).toMatchObject({
        type: ParticipationVerified,
        data: { verifiedBy: { kind: 'reviewer', id: admin.userId } },
      });
      const again = await decide('reject');
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'already-decided' });
    });
  });

  it("accepts the poster's typed code with the activity's id, and refuses another activity's", async () => {
    const station = await activity({ methods: ['qr'] });
    const subject = { tenantId: TENANT, activityId: station.activityId, generation: 1 };
    const typed = typedActivityCode(key, subject).toLowerCase();
    const body = {
      code: typed,
      activityId: station.activityId,
      scannedAt: new Date().toISOString(),
    };
    const response = await checkIn(citizen(), body);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ method: 'qr', state: 'verified' });
    const other = await activity({ methods: ['qr'] });
    const before = await counts();
    const wrong = await checkIn(citizen(), { ...body, activityId: other.activityId });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'bad-signature' });
    expect(await counts()).toEqual(before);
  });

  it("lists a person's participations with state and reason, only to them and the tenant's admins", async () => {
    const beach = await activity();
    const ana = citizen();
    await checkIn(ana, {
      code: codeOf(beach),
      position: atTheBeach,
      scannedAt: new Date().toISOString(),
    });
    await checkIn(ana, {
      code: codeOf(beach),
      position: { ...atTheBeach, accuracy: 900 },
      scannedAt: new Date().toISOString(),
    });
    const mine = await (
      await service.httpAs(ana)
    ).get(`/tenants/${TENANT}/people/${ana.userId}/participations`);
    expect(mine.status).toBe(200);
    expect(
      mine.body.items.map((p: { state: string; reason?: string }) => [p.state, p.reason]),
    ).toEqual([
      ['rejected', 'accuracy-too-poor'],
      ['verified', undefined],
    ]);
    const others = await (
      await service.httpAs(citizen())
    ).get(`/tenants/${TENANT}/people/${ana.userId}/participations`);
    expect(others.status).toBe(403);
  });
});

describe('limits survive a restart of verification', () => {
  it('keeps a cooldown across a restart: the stored check-ins are the limits, not memory', async () => {
    const key = randomBytes(32);
    const first = await startVerification(key);
    const databaseUrl = (first.db.options as { url: string }).url;
    const cooldown = activitySnapshot({
      place: BEACH,
      schedule: ALWAYS,
      limits: { cooldownMinutes: 60 },
    });
    await first.db.transaction(async (tx) => {
      const verification = DEFAULT_VERIFICATION_SETTINGS;
      const at = new Date().toISOString();
      await setTenantRules(tx, TENANT, { timeZone: 'Europe/Lisbon', verification }, at);
      await publishActivity(tx, {
        activity: { ...cooldown, tenantId: TENANT } as never,
        changedAt: at,
      });
    });
    const ana = { userId: randomUUID(), tenant: TENANT, role: 'citizen' as const, generation: 0 };
    const code = staticActivityCode(key, {
      tenantId: TENANT,
      activityId: cooldown.activityId,
      generation: 1,
    });
    const checkIn = async (service: TestApp) =>
      (await service.httpAs(ana))
        .post(`/tenants/${TENANT}/check-ins`)
        .set('idempotency-key', randomUUID())
        .send({
          code,
          position: { latitude: 38.698, longitude: -9.4214, accuracy: 10 },
          scannedAt: new Date().toISOString(),
        });
    expect((await checkIn(first)).status).toBe(201);
    // Stop the service without dropping its database, and start it again on that database.
    await first.app.close();
    const second = await startVerification(key, undefined, { DATABASE_URL: databaseUrl });
    try {
      const again = await checkIn(second);
      expect(again.status).toBe(422);
      expect(again.body).toMatchObject({ code: 'cooldown' });
      expect(Date.parse(again.body.retryAt)).toBeGreaterThan(Date.now() + 59 * 60_000);
    } finally {
      await second.close();
    }
  });
});
