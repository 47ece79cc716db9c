import { SessionsRevoked, Topics } from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { TestApp } from '@citypoints/platform/testing';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { DataSource } from 'typeorm';
import { PASSWORD, signUp } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';
import { hashSecretToken } from '../tokens/secret-token';
import { REFRESH_GRACE_SECONDS } from './refresh-verdict';

describe('sign-in and sessions', () => {
  const tenant = 'session-town';
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

  const signIn = (email: string, password = PASSWORD) =>
    service.http().post(`/tenants/${tenant}/sessions`).send({ email, password });
  const refresh = (refreshToken: string) =>
    service.http().post(`/tenants/${tenant}/sessions/refresh`).send({ refreshToken });
  const signOut = (userId: string, refreshToken: string) =>
    service.http().post(`/tenants/${tenant}/sessions/sign-out`).send({ userId, refreshToken });
  /** Moves the token's rotation back in time, as if it had been exchanged that long ago. */
  const rotatedSecondsAgo = (refreshToken: string, seconds: number) =>
    db.query(
      `UPDATE refresh_token SET rotated_at = now() - make_interval(secs => $2)
       WHERE token_hash = $1`,
      [hashSecretToken(refreshToken), seconds],
    );

  /** Verifies as the gateway will: with the published JWKS alone. */
  async function verifyAsGateway(accessToken: string) {
    const jwks = createLocalJWKSet((await service.http().get('/.well-known/jwks.json')).body);
    return (await jwtVerify(accessToken, jwks, { algorithms: ['ES256'] })).payload;
  }

  it('signs in → refreshes → signs out, after which the refresh token is refused', async () => {
    const { userId, email } = await signUp(service, tenant);
    const session = await signIn(email);
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ userId, tokenType: 'Bearer', expiresIn: 900 });
    const claims = await verifyAsGateway(session.body.accessToken);
    expect(claims).toMatchObject({ sub: userId, tenant, role: 'citizen', gen: 0 });
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

    await signOut(userId, refreshed.body.refreshToken).expect(204);
    const afterSignOut = await refresh(refreshed.body.refreshToken);
    expect(afterSignOut.status).toBe(401);
    expect(afterSignOut.body).toMatchObject({
      code: 'invalid-refresh-token',
      detail: expect.stringContaining('sign in again'),
    });
  });

  it('answers two refreshes with one token at the same moment alike: both 200, one successor', async () => {
    const { userId, email } = await signUp(service, tenant);
    const first = (await signIn(email).expect(200)).body.refreshToken;

    const [tabA, tabB] = await Promise.all([refresh(first), refresh(first)]);
    expect([tabA.status, tabB.status]).toEqual([200, 200]);
    expect(tabA.body.refreshToken).toBe(tabB.body.refreshToken);
    expect(tabA.body.refreshToken).not.toBe(first);
    expect((await verifyAsGateway(tabB.body.accessToken)).sub).toBe(userId);

    // The family lives on: the shared successor rotates as usual.
    expect((await refresh(tabA.body.refreshToken)).status).toBe(200);
  });

  it('revokes the whole family when a rotated token is presented after the grace window', async () => {
    const { email } = await signUp(service, tenant);
    const first = (await signIn(email)).body.refreshToken;
    const other = (await signIn(email)).body.refreshToken;
    const second = (await refresh(first).expect(200)).body.refreshToken;

    await rotatedSecondsAgo(first, REFRESH_GRACE_SECONDS - 5);
    expect((await refresh(first)).body.refreshToken).toBe(second);

    await rotatedSecondsAgo(first, REFRESH_GRACE_SECONDS + 1);
    expect((await refresh(first)).status).toBe(401);
    // The rightful holder's newer token went with the family; another session did not.
    expect((await refresh(second)).status).toBe(401);
    expect((await refresh(other)).status).toBe(200);
  });

  it('signs out everywhere: every session ends, SessionsRevoked raises the token generation', async () => {
    const { userId, email } = await signUp(service, tenant);
    const phone = (await signIn(email)).body;
    const laptop = (await signIn(email)).body.refreshToken;
    expect((await verifyAsGateway(phone.accessToken)).gen).toBe(0);

    const answer = await service
      .http()
      .post(`/tenants/${tenant}/people/${userId}/sign-out-everywhere`);
    expect(answer.status).toBe(204);
    expect((await refresh(phone.refreshToken)).status).toBe(401);
    expect((await refresh(laptop)).status).toBe(401);
    const [revoked] = await topic.waitFor(SessionsRevoked, { userId });
    expect(revoked).toMatchObject({ tenantid: tenant, data: { userId, generation: 1 } });

    const again = (await signIn(email).expect(200)).body.accessToken;
    expect((await verifyAsGateway(again)).gen).toBe(1);
    await service.http().post(`/tenants/${tenant}/people/${userId}/sign-out-everywhere`);
    await topic.waitFor(SessionsRevoked, { userId, generation: 2 });
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM outbox WHERE event->>'type' = $1 AND message_key = $2`,
      [SessionsRevoked, `${tenant}:${userId}`],
    );
    expect(count).toBe(2);
  });

  it("ends nothing when someone signs out with another person's refresh token", async () => {
    const ana = await signUp(service, tenant);
    const rui = await signUp(service, tenant);
    const anas = (await signIn(ana.email)).body.refreshToken;

    await signOut(rui.userId, anas).expect(204);
    expect((await refresh(anas)).status).toBe(200);
  });

  it('signs in with the e-mail typed in other capitals, with spaces or with decomposed accents', async () => {
    const local = `josé.${Date.now()}`;
    const { userId } = await signUp(service, tenant, { email: `${local}@example.org` });
    const typed = ` ${local.normalize('NFD').toUpperCase()}@Example.ORG  `;
    expect(typed).not.toContain('é');

    const session = await signIn(typed);
    expect(session.status).toBe(200);
    expect(session.body.userId).toBe(userId);
  });

  it('finds an address stored before addresses were normalised, whatever its capitals', async () => {
    const { userId, email } = await signUp(service, tenant);
    await db.query(`UPDATE person SET email = upper(email) WHERE id = $1`, [userId]);
    expect((await signIn(email)).body.userId).toBe(userId);
  });

  it('answers a wrong password and an unknown email alike with 401', async () => {
    const { email } = await signUp(service, tenant);
    const wrong = await signIn(email, 'not the password 1');
    const unknown = await signIn('nobody@example.org');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({
      code: 'wrong-credentials',
      detail: 'email or password is wrong',
    });
    // The same person in another tenant is somebody else.
    await signUp(service, 'other-town');
    const elsewhere = await service
      .http()
      .post('/tenants/other-town/sessions')
      .send({ email, password: PASSWORD });
    expect(elsewhere.status).toBe(401);
  });

  const signInWith = (change: object) => ({
    email: 'ana@example.org',
    password: PASSWORD,
    ...change,
  });
  it.each([
    [
      'sessions',
      'a NUL in the password',
      signInWith({ password: 'correct\u0000horse' }),
      'password',
    ],
    ['sessions', 'a NUL in the email', signInWith({ email: 'ana\u0000@example.org' }), 'email'],
    [
      'sessions',
      'a bidi override in the email',
      signInWith({ email: 'a\u202e@example.org' }),
      'email',
    ],
    ['sessions/refresh', 'a NUL in the token', { refreshToken: 'abc\u0000' }, 'refreshToken'],
    ['sessions/sign-out', 'no person', { refreshToken: 'abc' }, 'userId'],
  ])('refuses on %s %s with 400 naming the field', async (path, _case, body, field) => {
    const response = await service.http().post(`/tenants/${tenant}/${path}`).send(body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field, message: expect.stringMatching(new RegExp(`^${field} must`)) },
    ]);
  });
});
