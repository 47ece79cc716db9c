import { TestApp } from '@citypoints/platform/testing';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { addPerson, signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('verifying the e-mail address given at sign-up', () => {
  const tenant = 'mail-town';
  let service: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
  });

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();
  const verify = (token: string, at = tenant) =>
    http().post(`/tenants/${at}/email-verifications`).send({ token });
  const profileOf = async (person: TestPerson) =>
    (await (await service.httpAs(person)).get(`/tenants/${tenant}/people/${person.userId}`)).body;
  /** The tokens of the verification mails to `email`, newest first. */
  const tokensMailedTo = async (email: string): Promise<string[]> => {
    const mails = await db.query(
      `SELECT subject, body FROM mail_outbox WHERE tenant_id = $1 AND recipient = $2
       ORDER BY id DESC`,
      [tenant, email],
    );
    return mails.map((mail: { body: string }) => {
      const link = /https:\/\/app\.example\/t\/mail-town\/verify-email\?token=([\w-]+)/.exec(
        mail.body,
      );
      expect(mail.body).toMatch(new RegExp(`Or enter this token: ${link?.[1]}$`));
      return link?.[1] as string;
    });
  };

  it('mails a link at sign-up whose token verifies the address once', async () => {
    const ana = await signUp(service, tenant);
    expect(await profileOf(ana)).toMatchObject({ emailVerified: false });
    const [token] = await tokensMailedTo(ana.email);
    expect(token).toBeDefined();

    expect((await verify(token)).status).toBe(204);
    expect(await profileOf(ana)).toMatchObject({ emailVerified: true });
    const again = await verify(token);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({
      code: 'invalid-verification-token',
      errors: [{ field: 'token' }],
    });
  });

  it("refuses an expired token, another tenant's and an unknown one, changing nothing", async () => {
    const ana = await signUp(service, tenant);
    const [token] = await tokensMailedTo(ana.email);
    const before = await rowCounts(db);
    expect((await verify(token, 'other-mail-town')).status).toBe(400);
    expect((await verify('x'.repeat(43))).status).toBe(400);
    await db.query(
      `UPDATE email_verification SET expires_at = now() - interval '1 second'
       WHERE person_id = $1`,
      [ana.userId],
    );
    expect((await verify(token)).status).toBe(400);
    expect(await rowCounts(db)).toEqual(before);
    expect(await profileOf(ana)).toMatchObject({ emailVerified: false });
  });

  it('mails a new link on request, at most three an hour, and none once verified', async () => {
    const rui = await addPerson(service, tenant, 'verifier');
    expect(await tokensMailedTo(rui.email)).toEqual([]);
    const resend = async () =>
      (await service.httpAs(rui)).post(
        `/tenants/${tenant}/people/${rui.userId}/email-verifications`,
      );
    for (let mail = 1; mail <= 3; mail++) expect((await resend()).status).toBe(204);
    const limited = await resend();
    expect(limited.status).toBe(409);
    expect(limited.body.code).toBe('too-many-verification-mails');
    const tokens = await tokensMailedTo(rui.email);
    expect(tokens).toHaveLength(3);
    // Earlier links keep working: any one of them verifies the address.
    await verify(tokens[2]).expect(204);
    expect((await verify(tokens[0])).status).toBe(400);
    expect(await profileOf(rui)).toMatchObject({ emailVerified: true });
    await db.query(`DELETE FROM email_verification WHERE person_id = $1`, [rui.userId]);
    expect((await resend()).body.code).toBe('email-verified-already');
  });

  it('mails a new link only to the person themselves', async () => {
    const ana = await signUp(service, tenant);
    const other = await signUp(service, tenant);
    const refused = await (
      await service.httpAs(other)
    ).post(`/tenants/${tenant}/people/${ana.userId}/email-verifications`);
    expect(refused.status).toBe(403);
  });
});
