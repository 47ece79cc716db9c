import { SessionsRevoked, Topics, UserErased } from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { PASSWORD, signUp } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('consent, export and erasure', () => {
  const tenant = 'privacy-town';
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
  const person = (userId: string) => `/tenants/${tenant}/people/${userId}`;

  it('exports the personal data, then erases it, publishing UserErased once', async () => {
    const displayName = 'Joana Erasable';
    const { userId, email } = await signUp(service, tenant, { displayName });
    await http()
      .put(`${person(userId)}/consent`)
      .send({ visibility: 'nickname', nickname: 'surfista' })
      .expect(200);
    const session = await http()
      .post(`/tenants/${tenant}/sessions`)
      .send({ email, password: PASSWORD })
      .expect(200);
    await http().post(`/tenants/${tenant}/password-resets`).send({ email }).expect(202);
    const founded = await http()
      .post(`/tenants/${tenant}/groups`)
      .send({ name: 'Surf team', kind: 'team', createdBy: userId })
      .expect(201);

    const before = (
      await http()
        .get(`${person(userId)}/export`)
        .expect(200)
    ).body;
    expect(before.person).toMatchObject({
      userId,
      email,
      displayName,
      visibility: 'nickname',
      nickname: 'surfista',
      erasedAt: null,
    });
    expect(before.groups).toEqual([
      expect.objectContaining({ groupId: founded.body.groupId, name: 'Surf team' }),
    ]);
    expect(before.sessions).toHaveLength(1);

    await http().delete(person(userId)).expect(204);

    const after = (
      await http()
        .get(`${person(userId)}/export`)
        .expect(200)
    ).body;
    expect(after.person).toMatchObject({ userId, role: 'citizen', erasedAt: expect.any(String) });
    const exported = JSON.stringify(after);
    for (const personal of [email, displayName, 'surfista', '$argon2id']) {
      expect(exported).not.toContain(personal);
    }
    expect(after.sessions).toEqual([]);
    const [row] = await db.query(`SELECT * FROM person WHERE id = $1`, [userId]);
    expect(row).toMatchObject({ email: null, display_name: null, password_hash: null });
    const [{ mail }] = await db.query(
      `SELECT count(*)::int AS mail FROM mail_outbox WHERE lower(recipient) = lower($1)`,
      [email],
    );
    expect(mail).toBe(0);

    const signIn = await http()
      .post(`/tenants/${tenant}/sessions`)
      .send({ email, password: PASSWORD });
    expect(signIn.status).toBe(401);
    const refresh = await http()
      .post(`/tenants/${tenant}/sessions/refresh`)
      .send({ refreshToken: session.body.refreshToken });
    expect(refresh.status).toBe(401);

    const [erased] = await topic.waitFor(UserErased, { userId });
    expect(erased).toMatchObject({ tenantid: tenant, data: { userId } });
    // The gateway stops taking the access tokens issued before at once.
    const [revoked] = await topic.waitFor(SessionsRevoked, { userId });
    expect(revoked.data).toEqual({ userId, generation: 1 });
    await http().delete(person(userId)).expect(204);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM outbox WHERE event->>'type' = $1 AND message_key = $2`,
      [UserErased, `${tenant}:${userId}`],
    );
    expect(count).toBe(1);

    // The address is free again for a new, unrelated account.
    await http()
      .post(`/tenants/${tenant}/sign-ups`)
      .send({ email, password: PASSWORD, displayName: 'Someone new' })
      .expect(201);
  });

  it.each([
    ['an unknown visibility', { visibility: 'friends' }, 'visibility must be one of'],
    ['a nickname without its visibility', { visibility: 'public', nickname: 'x-y' }, 'only for'],
    ['a missing nickname', { visibility: 'nickname' }, 'nickname must be a string'],
    ['a one-letter nickname', { visibility: 'nickname', nickname: 'x' }, 'nickname must be 2'],
    [
      'a NUL in the nickname',
      { visibility: 'nickname', nickname: 'su\u0000rf' },
      'nickname must not',
    ],
    [
      'an invisible nickname',
      { visibility: 'nickname', nickname: '\u3164\u3164' },
      'nickname must contain',
    ],
  ])('refuses consent with %s, writing nothing', async (_case, consent, message) => {
    const { userId } = await signUp(service, tenant);
    const before = await db.query(`SELECT visibility, nickname FROM person WHERE id = $1`, [
      userId,
    ]);
    const response = await http()
      .put(`${person(userId)}/consent`)
      .send(consent);
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain(message);
    expect(
      await db.query(`SELECT visibility, nickname FROM person WHERE id = $1`, [userId]),
    ).toEqual(before);
  });

  it('answers 404 for someone who does not exist, and 400 for a malformed id', async () => {
    const before = await rowCounts(db);
    expect((await http().delete(person(randomUUID()))).status).toBe(404);
    expect((await http().get(`${person(randomUUID())}/export`)).status).toBe(404);
    expect((await http().get(`${person('me')}/export`)).status).toBe(400);
    expect(await rowCounts(db)).toEqual(before);
  });

  describe('personal QR token', () => {
    const verify = (token: string, at = tenant) =>
      http().post(`/tenants/${at}/qr-tokens/verifications`).send({ token });

    it('tells a verifier whose code it is, in its own tenant only', async () => {
      const { userId } = await signUp(service, tenant);
      const issued = await http()
        .post(`${person(userId)}/qr-token`)
        .expect(201);
      const lifetime = new Date(issued.body.expiresAt).getTime() - Date.now();
      expect(lifetime).toBeGreaterThan(100_000);
      expect(lifetime).toBeLessThanOrEqual(120_000);

      expect((await verify(issued.body.token).expect(200)).body).toEqual({ userId, tenant });
      const elsewhere = await verify(issued.body.token, 'other-town');
      expect(elsewhere.status).toBe(401);
      expect(elsewhere.body).toMatchObject({
        code: 'invalid-token',
        detail: expect.stringContaining('another tenant'),
      });
    });

    it('refuses a forged token, an access token and a token for an erased person', async () => {
      const { userId, email } = await signUp(service, tenant);
      const { token } = (
        await http()
          .post(`${person(userId)}/qr-token`)
          .expect(201)
      ).body;
      const [header, payload, signature] = token.split('.');
      const forged = `${header}.${payload}.${signature.slice(0, -4)}AAAA`;
      expect((await verify(forged)).status).toBe(401);
      const { accessToken } = (
        await http().post(`/tenants/${tenant}/sessions`).send({ email, password: PASSWORD })
      ).body;
      expect((await verify(accessToken)).status).toBe(401);

      await http().delete(person(userId)).expect(204);
      expect((await verify(token)).status).toBe(404);
      expect((await http().post(`${person(userId)}/qr-token`)).status).toBe(404);
    });
  });
});
