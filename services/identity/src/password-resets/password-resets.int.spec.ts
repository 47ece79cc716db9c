import { SessionsRevoked, Topics } from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { TestApp } from '@citypoints/platform/testing';
import { DataSource } from 'typeorm';
import { TokenIssuer } from '../tokens/token-issuer';
import { rowCounts } from '../testing/row-counts';
import { PASSWORD, signUp } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('password reset', () => {
  const tenant = 'reset-town';
  const NEW_PASSWORD = 'a brand new passphrase';
  let service: TestApp;
  let db: DataSource;
  let topic: TopicReader;

  beforeAll(async () => {
    service = await startIdentity({ DEVELOPMENT_ROUTES: 'true' });
    db = service.db;
    topic = await TopicReader.read(service.topic(Topics.identity));
  });

  afterAll(async () => {
    await topic?.close();
    await service?.close();
  });

  const signIn = (email: string, password = PASSWORD) =>
    service.http().post(`/tenants/${tenant}/sessions`).send({ email, password });
  const requestReset = (email: string) =>
    service.http().post(`/tenants/${tenant}/password-resets`).send({ email });
  // The reset mails only: a sign-up also mails a verification link.
  const mail = async (recipient: string) =>
    (
      (await service.http().get(`/tenants/${tenant}/mail-outbox`).query({ recipient }).expect(200))
        .body as { subject: string; body: string }[]
    ).filter(({ subject }) => subject.includes('password'));
  const tokensMailedTo = async (email: string) =>
    (await mail(email)).map(({ body }) => /: (\S+)$/.exec(body)?.[1] ?? 'no token in the mail');
  const confirm = (token: string, newPassword: string) =>
    service
      .http()
      .post(`/tenants/${tenant}/password-resets/confirmations`)
      .send({ token, newPassword });
  const generationIn = async (accessToken: string) =>
    (await service.app.get(TokenIssuer).verifyAccessToken(accessToken)).gen;

  it('answers an unknown email exactly like a known one, mailing only the known', async () => {
    const { email } = await signUp(service, tenant);
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

  it('mails the person when the address is typed in other capitals or with spaces', async () => {
    const { email } = await signUp(service, tenant);
    await requestReset(`  ${email.toUpperCase()} `).expect(202);
    expect(await mail(email)).toHaveLength(1);
  });

  it('sets a new password once per token, ends every session and raises the token generation', async () => {
    const { userId, email } = await signUp(service, tenant);
    const session = (await signIn(email)).body;
    expect(await generationIn(session.accessToken)).toBe(0);
    await requestReset(email).expect(202);
    const [token] = await tokensMailedTo(email);
    const stored = await db.query(`SELECT token_hash FROM password_reset WHERE person_id = $1`, [
      userId,
    ]);
    expect(stored).toEqual([{ token_hash: expect.not.stringContaining(token) }]);

    const weak = await confirm(token, 'weak');
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toContainEqual(expect.objectContaining({ field: 'newPassword' }));
    expect((await signIn(email)).status).toBe(200);

    const confirmed = await confirm(token, NEW_PASSWORD).expect(200);
    expect(confirmed.body).toEqual({ userId, generation: 1 });
    const refresh = await service
      .http()
      .post(`/tenants/${tenant}/sessions/refresh`)
      .send({ refreshToken: session.refreshToken });
    expect(refresh.status).toBe(401);
    expect((await signIn(email)).status).toBe(401);
    const [revoked] = await topic.waitFor(SessionsRevoked, { userId });
    expect(revoked.data).toEqual({ userId, generation: 1 });
    const after = (await signIn(email, NEW_PASSWORD).expect(200)).body;
    expect(await generationIn(after.accessToken)).toBe(1);

    const again = await confirm(token, 'yet another passphrase');
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({
      code: 'invalid-reset-token',
      errors: [{ field: 'token', message: 'token is invalid, used or expired' }],
    });
  });

  it("voids the person's other outstanding reset tokens when one is used", async () => {
    const { email } = await signUp(service, tenant);
    await requestReset(email).expect(202);
    await requestReset(email).expect(202);
    const [newer, older] = await tokensMailedTo(email);

    await confirm(newer, NEW_PASSWORD).expect(200);
    const late = await confirm(older, 'the attacker sets this one');
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('invalid-reset-token');
    expect((await signIn(email, NEW_PASSWORD)).status).toBe(200);
  });

  it.each([
    ['a breached password', 'Password123', 'newPassword is too common'],
    ['repeated characters', 'aaaaaaaaa1', 'newPassword is too easy to guess: Repeated'],
    ['a disguised breached password', 'P@ssw0rd123', 'newPassword is too easy to guess'],
    ["the tenant's slug and a year", `${tenant}-2026`, 'newPassword is too easy to guess'],
    ["the person's name and a year", 'Ana Silva 2026', 'newPassword is too easy to guess'],
    ['a NUL', 'a brand\u0000new passphrase', 'newPassword must not contain control characters'],
  ])(
    'refuses a new password with %s, naming newPassword and changing nothing',
    async (_, newPassword, message) => {
      const { email } = await signUp(service, tenant);
      await requestReset(email).expect(202);
      const [token] = await tokensMailedTo(email);
      const before = await rowCounts(db);
      const response = await confirm(token, newPassword);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'newPassword', message: expect.stringContaining(message) },
      ]);
      expect(await rowCounts(db)).toEqual(before);
      await confirm(token, NEW_PASSWORD).expect(200);
    },
  );

  it('refuses an expired token', async () => {
    const { email } = await signUp(service, tenant);
    await requestReset(email).expect(202);
    const [token] = await tokensMailedTo(email);
    await db.query(`UPDATE password_reset SET expires_at = now() - interval '1 second'`);
    expect((await confirm(token, NEW_PASSWORD)).status).toBe(400);
    expect((await signIn(email)).status).toBe(200);
  });
});
