import { UserRegistered } from '@citypoints/contracts';
import { TestApp } from '@citypoints/testing';
import { INestApplication } from '@nestjs/common';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { PASSWORD, signUp } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('sign-up, sign-in and sessions', () => {
  const tenant = 'session-town';
  let service: TestApp;
  let app: INestApplication;
  let db: DataSource;

  beforeAll(async () => {
    service = await startIdentity();
    ({ app, db } = service);
  });

  afterAll(async () => {
    await service?.close();
  });

  const http = () => request(app.getHttpServer());
  const signIn = (email: string, password = PASSWORD) =>
    http().post(`/tenants/${tenant}/sessions`).send({ email, password });
  const refresh = (refreshToken: string) =>
    http().post(`/tenants/${tenant}/sessions/refresh`).send({ refreshToken });

  /** Verifies as the gateway will: with the published JWKS alone. */
  async function verifyAsGateway(accessToken: string) {
    const jwks = createLocalJWKSet((await http().get('/.well-known/jwks.json').expect(200)).body);
    return (await jwtVerify(accessToken, jwks, { algorithms: ['ES256'] })).payload;
  }

  it('signs a citizen up, publishing UserRegistered through the outbox', async () => {
    const { userId, email } = await signUp(app, tenant, { email: ' Ana@Example.org ' });
    expect(email).toBeDefined();
    const [person] = await db.query(`SELECT * FROM person WHERE id = $1`, [userId]);
    expect(person).toMatchObject({ email: 'Ana@Example.org', role: 'citizen', locale: 'pt' });
    expect(person.password_hash).toMatch(/^\$argon2id\$/);
    const [outbox] = await db.query(`SELECT topic, event FROM outbox WHERE message_key = $1`, [
      `${tenant}:${userId}`,
    ]);
    expect(outbox.topic).toBe('citypoints.identity.v1');
    expect(outbox.event).toMatchObject({
      type: UserRegistered,
      tenantid: tenant,
      data: { userId, role: 'citizen' },
    });
    expect(JSON.stringify(outbox.event)).not.toMatch(/ana|example/i);
  });

  it('signs in → refreshes → signs out, after which the refresh token is refused', async () => {
    const { userId, email } = await signUp(app, tenant);
    const session = await signIn(email.toUpperCase());
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ userId, tokenType: 'Bearer', expiresIn: 900 });
    const claims = await verifyAsGateway(session.body.accessToken);
    expect(claims).toMatchObject({ sub: userId, tenant, role: 'citizen' });
    expect(claims).not.toHaveProperty('partnerId');
    expect(Number(claims.exp) - Number(claims.iat)).toBe(900);
    const [stored] = await db.query(`SELECT token_hash FROM refresh_token WHERE person_id = $1`, [
      userId,
    ]);
    expect(stored.token_hash).not.toContain(session.body.refreshToken);

    const refreshed = await refresh(session.body.refreshToken);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(session.body.refreshToken);
    expect((await verifyAsGateway(refreshed.body.accessToken)).sub).toBe(userId);

    await http()
      .post(`/tenants/${tenant}/sessions/sign-out`)
      .send({ refreshToken: refreshed.body.refreshToken })
      .expect(204);
    const afterSignOut = await refresh(refreshed.body.refreshToken);
    expect(afterSignOut.status).toBe(401);
    expect(afterSignOut.body.message).toContain('sign in again');
  });

  it('revokes the whole family when a rotated refresh token is presented again', async () => {
    const { email } = await signUp(app, tenant);
    const first = (await signIn(email)).body.refreshToken;
    const other = (await signIn(email)).body.refreshToken;
    const second = (await refresh(first).expect(200)).body.refreshToken;

    expect((await refresh(first)).status).toBe(401);
    // The rightful holder's newer token went with the family; another session did not.
    expect((await refresh(second)).status).toBe(401);
    expect((await refresh(other)).status).toBe(200);
  });

  it('signs out everywhere: every session of the person ends', async () => {
    const { userId, email } = await signUp(app, tenant);
    const phone = (await signIn(email)).body.refreshToken;
    const laptop = (await signIn(email)).body.refreshToken;
    await http().post(`/tenants/${tenant}/people/${userId}/sign-out-everywhere`).expect(204);
    expect((await refresh(phone)).status).toBe(401);
    expect((await refresh(laptop)).status).toBe(401);
  });

  it('answers a wrong password and an unknown email alike with 401', async () => {
    const { email } = await signUp(app, tenant);
    const wrong = await signIn(email, 'not the password 1');
    const unknown = await signIn('nobody@example.org');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toBe('email or password is wrong');
    // The same person in another tenant is somebody else.
    await signUp(app, 'other-town');
    expect(
      (await http().post('/tenants/other-town/sessions').send({ email, password: PASSWORD }))
        .status,
    ).toBe(401);
  });

  it('refuses a second account for the same email, whatever its case, with 409', async () => {
    const { email } = await signUp(app, tenant);
    const before = await rowCounts(db);
    const again = await http()
      .post(`/tenants/${tenant}/sign-ups`)
      .send({ email: email.toUpperCase(), password: PASSWORD, displayName: 'Impostor' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('email is already registered in this tenant');
    expect(await rowCounts(db)).toEqual(before);
  });

  it('lets an admin add partner staff, whose tokens name their partner', async () => {
    const partnerId = randomUUID();
    const email = `${randomUUID()}@partner.example`;
    const created = await http()
      .post(`/tenants/${tenant}/people`)
      .send({ email, password: PASSWORD, displayName: 'Rui', role: 'partner-staff', partnerId });
    expect(created.status).toBe(201);
    const claims = await verifyAsGateway((await signIn(email)).body.accessToken);
    expect(claims).toMatchObject({ role: 'partner-staff', partnerId });
  });

  it.each([
    ['sign-ups', 'a short password', { password: 'Short1!' }, 'minimum-length rule'],
    ['sign-ups', 'a one-class password', { password: 'onlyletters' }, 'character-mix rule'],
    ['sign-ups', 'a malformed email', { email: 'ana at example' }, 'email must be an email'],
    ['sign-ups', 'an empty display name', { displayName: '  ' }, 'displayName must be 1 to 100'],
    ['sign-ups', 'an unknown locale', { locale: 'fr' }, 'locale must be one of en, sv, pt'],
    ['sign-ups', 'a role', { role: 'platform-operator' }, 'property role should not exist'],
    ['people', 'an unknown role', { role: 'mayor' }, 'role must be one of'],
    ['people', 'partner staff without partner', { role: 'partner-staff' }, 'partnerId is required'],
    [
      'people',
      'a partner for a verifier',
      { role: 'verifier', partnerId: randomUUID() },
      'partnerId is only',
    ],
  ])(
    'refuses on %s %s with 400 naming it, writing nothing',
    async (path, _case, change, message) => {
      const before = await rowCounts(db);
      const response = await http()
        .post(`/tenants/${tenant}/${path}`)
        .send({
          email: `${randomUUID()}@example.org`,
          password: PASSWORD,
          displayName: 'Ana',
          ...(path === 'people' && { role: 'citizen' }),
          ...change,
        });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.message)).toContain(message);
      expect(await rowCounts(db)).toEqual(before);
    },
  );

  it('refuses to sign up into a tenant that does not exist, writing nothing', async () => {
    const before = await rowCounts(db);
    const response = await http()
      .post('/tenants/atlantis/sign-ups')
      .send({ email: 'ana@example.org', password: PASSWORD, displayName: 'Ana' });
    expect(response.status).toBe(404);
    expect(await rowCounts(db)).toEqual(before);
  });

  describe('password reset', () => {
    const requestReset = (email: string) =>
      http().post(`/tenants/${tenant}/password-resets`).send({ email });
    const mail = async (email: string) =>
      (await http().get(`/tenants/${tenant}/mail-outbox`).query({ recipient: email }).expect(200))
        .body as { body: string }[];
    const tokenMailedTo = async (email: string) => {
      const [message] = await mail(email);
      return /: (\S+)$/.exec(message.body)?.[1] ?? 'no token in the mail';
    };
    const confirm = (token: string, newPassword: string) =>
      http().post(`/tenants/${tenant}/password-resets/confirmations`).send({ token, newPassword });

    it('answers an unknown email exactly like a known one, mailing only the known', async () => {
      const { email } = await signUp(app, tenant);
      const known = await requestReset(email);
      const unknown = await requestReset('nobody@example.org');
      expect(known.status).toBe(202);
      expect({ status: unknown.status, body: unknown.body }).toEqual({
        status: known.status,
        body: known.body,
      });
      expect(await mail(email)).toHaveLength(1);
      expect(await mail('nobody@example.org')).toHaveLength(0);
    });

    it('sets a new password once per token and ends every session', async () => {
      const { email } = await signUp(app, tenant);
      const session = (await signIn(email)).body.refreshToken;
      await requestReset(email).expect(202);
      const token = await tokenMailedTo(email);
      const stored = await db.query(
        `SELECT r.token_hash FROM password_reset r JOIN person p ON p.id = r.person_id
         WHERE p.email = $1`,
        [email],
      );
      expect(stored).toEqual([{ token_hash: expect.not.stringContaining(token) }]);

      const weak = await confirm(token, 'weak');
      expect(weak.status).toBe(400);
      expect(JSON.stringify(weak.body.message)).toContain('newPassword');
      expect((await signIn(email)).status).toBe(200);

      await confirm(token, 'a brand new passphrase').expect(204);
      expect((await refresh(session)).status).toBe(401);
      expect((await signIn(email)).status).toBe(401);
      expect((await signIn(email, 'a brand new passphrase')).status).toBe(200);

      const again = await confirm(token, 'yet another passphrase');
      expect(again.status).toBe(400);
      expect(again.body.message).toEqual(['token is invalid, used or expired']);
    });

    it('refuses an expired token', async () => {
      const { email } = await signUp(app, tenant);
      await requestReset(email).expect(202);
      const token = await tokenMailedTo(email);
      await db.query(`UPDATE password_reset SET expires_at = now() - interval '1 second'`);
      expect((await confirm(token, 'a brand new passphrase')).status).toBe(400);
      expect((await signIn(email)).status).toBe(200);
    });
  });
});
