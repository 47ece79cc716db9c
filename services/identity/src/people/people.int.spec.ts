import { UserRegistered } from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { createTenant, PASSWORD, signUp } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('signing up and adding people', () => {
  const tenant = 'people-town';
  let service: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
    await createTenant(service, tenant);
  });

  afterAll(async () => {
    await service?.close();
  });

  const newPerson = (change: object = {}) => ({
    email: `${randomUUID()}@example.org`,
    password: PASSWORD,
    displayName: 'Ana',
    ...change,
  });

  it('signs a citizen up, publishing UserRegistered through the outbox', async () => {
    const { userId, email } = await signUp(service, tenant);
    const [person] = await db.query(`SELECT * FROM person WHERE id = $1`, [userId]);
    expect(person).toMatchObject({ email, role: 'citizen', locale: 'pt', session_generation: 0 });
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

  it('stores the e-mail trimmed, NFKC and in lower case, and the display name NFC', async () => {
    const local = `Jose\u0301.${randomUUID()}`;
    const { userId } = await signUp(service, tenant, {
      email: `  ${local}@Example.ORG `,
      displayName: ' Jose\u0301 Silva ',
    });
    const [person] = await db.query(`SELECT email, display_name FROM person WHERE id = $1`, [
      userId,
    ]);
    expect(person).toEqual({
      email: `${local.normalize('NFC').toLowerCase()}@example.org`,
      display_name: 'José Silva',
    });
  });

  it('refuses a second account for the same email, whatever its case, spaces or accents, with 409', async () => {
    const local = `josé.${randomUUID()}`;
    await signUp(service, tenant, { email: `${local}@example.org` });
    const before = await rowCounts(db);
    for (const email of [
      `${local.toUpperCase()}@example.org`,
      ` ${local.normalize('NFD')}@example.org`,
    ]) {
      const again = await service
        .http()
        .post(`/tenants/${tenant}/sign-ups`)
        .send(newPerson({ email, displayName: 'Impostor' }));
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        code: 'email-taken',
        errors: [{ field: 'email', message: 'email is already registered in this tenant' }],
      });
    }
    expect(await rowCounts(db)).toEqual(before);
  });

  it.each([
    [
      'sign-ups',
      'a short password',
      { password: 'Short1!' },
      'password breaks the minimum-length rule',
    ],
    [
      'sign-ups',
      'a one-class password',
      { password: 'onlyletters' },
      'password breaks the character-mix rule',
    ],
    [
      'sign-ups',
      'a breached password',
      { password: 'Password123' },
      'password is too common: choose one that is not on lists of breached passwords',
    ],
    [
      'sign-ups',
      'repeated characters in the password',
      { password: 'aaaaaaaaa1' },
      'password is too easy to guess: Repeated characters like "aaa" are easy to guess.',
    ],
    [
      'sign-ups',
      'a repeated pattern in the password',
      { password: 'abcabcabc1' },
      'password is too easy to guess',
    ],
    [
      'sign-ups',
      'a disguised breached password',
      { password: 'P@ssw0rd123' },
      'password is too easy to guess',
    ],
    [
      'sign-ups',
      "the tenant's slug and a year as the password",
      { password: `${tenant}-2026` },
      'password is too easy to guess',
    ],
    [
      'people',
      "the person's surname and a year as the password",
      { displayName: 'Marisol Quintanilha', password: 'Quintanilha1990' },
      'password is too easy to guess',
    ],
    [
      'sign-ups',
      'a NUL in the password',
      { password: 'correct horse\u0000battery' },
      'password must not contain control characters',
    ],
    [
      'sign-ups',
      'a malformed email',
      { email: 'ana at example' },
      'email must be an email address',
    ],
    [
      'sign-ups',
      'a NUL in the email',
      { email: 'ana\u0000@example.org' },
      'email must not contain control',
    ],
    [
      'sign-ups',
      'an empty display name',
      { displayName: '  ' },
      'displayName must be 1 to 100 characters',
    ],
    [
      'sign-ups',
      'a NUL in the display name',
      { displayName: 'a\u0000b' },
      'displayName must not contain control characters',
    ],
    [
      'sign-ups',
      'a bidi override in the display name',
      { displayName: 'Ana\u202eevil' },
      'displayName must not contain control characters',
    ],
    [
      'sign-ups',
      'an invisible-only display name',
      { displayName: '\u3164' },
      'displayName must contain a visible character',
    ],
    [
      'sign-ups',
      'a display name of 101 characters',
      { displayName: 'é'.repeat(101) },
      'displayName must be 1 to 100 characters',
    ],
    ['sign-ups', 'an unknown locale', { locale: 'fr' }, 'locale must be one of en, sv, pt'],
    ['sign-ups', 'a role', { role: 'platform-operator' }, 'role is not a known field'],
    ['people', 'an unknown role', { role: 'mayor' }, 'role must be one of'],
    ['people', 'partner staff without partner', { role: 'partner-staff' }, 'partnerId is required'],
    [
      'people',
      'a partner for a verifier',
      { role: 'verifier', partnerId: randomUUID() },
      'partnerId is only',
    ],
    [
      'people',
      'a NUL in the display name',
      { displayName: '\u0000' },
      'displayName must not contain control characters',
    ],
  ])(
    'refuses on %s %s with 400 naming it, writing nothing',
    async (path, _case, change, message) => {
      const before = await rowCounts(db);
      const response = await service
        .http()
        .post(`/tenants/${tenant}/${path}`)
        .send(newPerson({ ...(path === 'people' && { role: 'citizen' }), ...change }));
      expect(response.status).toBe(400);
      const [field] = message.split(' ');
      expect(response.body.errors).toEqual([{ field, message: expect.stringContaining(message) }]);
      expect(await rowCounts(db)).toEqual(before);
    },
  );

  it('refuses to sign up into a tenant that does not exist, writing nothing', async () => {
    const before = await rowCounts(db);
    const response = await service.http().post('/tenants/atlantis/sign-ups').send(newPerson());
    expect(response.status).toBe(404);
    expect(await rowCounts(db)).toEqual(before);
  });
});
