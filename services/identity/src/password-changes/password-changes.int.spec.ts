import { SessionsRevoked, Topics } from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { TestApp } from '@citypoints/platform/testing';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { PASSWORD, signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

const NEW_PASSWORD = 'a quiet lagoon at dawn';

describe('a signed-in person changes their password', () => {
  const tenant = 'password-town';
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

  const at = `/tenants/${tenant}`;
  const change = async (person: TestPerson, body: object) =>
    (await service.httpAs(person))
      .post(`${at}/people/${person.userId}/password-changes`)
      .send(body);
  const signIn = (person: TestPerson, password: string) =>
    service.http().post(`${at}/sessions`).send({ email: person.email, password });

  it('sets the new password, ends every other session and answers a new one', async () => {
    const ana = await signUp(service, tenant);
    const other = (await signIn(ana, PASSWORD).expect(200)).body.refreshToken;
    await service.http().post(`${at}/password-resets`).send({ email: ana.email }).expect(202);

    const changed = await change(ana, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });

    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({
      userId: ana.userId,
      tokenType: 'Bearer',
      accessToken: expect.any(String),
      expiresIn: expect.any(Number),
      refreshToken: expect.any(String),
    });
    const [revoked] = await topic.waitFor(SessionsRevoked, { userId: ana.userId });
    expect(revoked.data).toEqual({ userId: ana.userId, generation: 1 });
    const claims = JSON.parse(
      Buffer.from(changed.body.accessToken.split('.')[1], 'base64url').toString(),
    );
    expect(claims.gen).toBe(1);
    const refresh = (refreshToken: string) =>
      service.http().post(`${at}/sessions/refresh`).send({ refreshToken });
    expect((await refresh(other)).status).toBe(401);
    expect((await refresh(changed.body.refreshToken)).status).toBe(200);
    expect((await signIn(ana, PASSWORD)).status).toBe(401);
    expect((await signIn(ana, NEW_PASSWORD)).status).toBe(200);
    const [{ unused }] = await db.query(
      `SELECT count(*)::int AS unused FROM password_reset WHERE person_id = $1 AND used_at IS NULL`,
      [ana.userId],
    );
    expect(unused).toBe(0);
  });

  it.each([
    ['a wrong current password', { currentPassword: 'not my password at all' }, 'currentPassword'],
    ['a guessable new password', { newPassword: 'password-town 2026' }, 'newPassword'],
    ['a new password of one class', { newPassword: 'abcdefghijklmn' }, 'newPassword'],
    ['a short new password', { newPassword: 'Ab1!x' }, 'newPassword'],
    ['no current password', { currentPassword: undefined }, 'currentPassword'],
  ])('refuses %s with 400 naming the field, changing nothing', async (_case, wrong, field) => {
    const ana = await signUp(service, tenant);
    const before = await rowCounts(db);
    const [row] = await db.query(`SELECT * FROM person WHERE id = $1`, [ana.userId]);
    const response = await change(ana, {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
      ...wrong,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
    expect(await db.query(`SELECT * FROM person WHERE id = $1`, [ana.userId])).toEqual([row]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('names the wrong current password with a code the client can branch on', async () => {
    const ana = await signUp(service, tenant);
    const response = await change(ana, { currentPassword: NEW_PASSWORD, newPassword: PASSWORD });
    expect(response.body).toMatchObject({
      code: 'wrong-current-password',
      errors: [{ field: 'currentPassword' }],
    });
  });

  it('lets only one of two changes from the same current password through', async () => {
    const ana = await signUp(service, tenant);
    const answers = await Promise.all([
      change(ana, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
      change(ana, { currentPassword: PASSWORD, newPassword: 'another quiet lagoon at dusk' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
  });
});
