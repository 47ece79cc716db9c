import { TestApp } from '@citypoints/platform/testing';
import { signUp } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

/** The mail outbox hands out live reset tokens: it exists only in development. */
describe('the development mail outbox', () => {
  const tenant = 'mail-town';
  let production: TestApp;
  let development: TestApp;

  beforeAll(async () => {
    [production, development] = await Promise.all([
      startIdentity(),
      startIdentity({ DEVELOPMENT_ROUTES: 'true' }),
    ]);
  });

  afterAll(async () => {
    await production?.close();
    await development?.close();
  });

  const mailOf = async (service: TestApp) => {
    const { email } = await signUp(service, tenant);
    await service.http().post(`/tenants/${tenant}/password-resets`).send({ email }).expect(202);
    return service.http().get(`/tenants/${tenant}/mail-outbox`).query({ recipient: email });
  };

  it('does not exist without DEVELOPMENT_ROUTES, even for a caller with a service token', async () => {
    const response = await mailOf(production);
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain('reset token');
  });

  it('shows the mail that would have been sent with DEVELOPMENT_ROUTES on', async () => {
    const response = await mailOf(development);
    expect(response.status).toBe(200);
    // Newest first: the reset, then the verification mail of the sign-up.
    expect(response.body).toEqual([
      expect.objectContaining({ subject: 'Reset your City Points password' }),
      expect.objectContaining({ subject: 'Verify your City Points e-mail address' }),
    ]);
  });

  it('refuses a recipient with a NUL with 400 naming it', async () => {
    const response = await development
      .http()
      .get(`/tenants/${tenant}/mail-outbox`)
      .query({ recipient: 'ana\u0000@example.org' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'recipient', message: expect.stringMatching(/^recipient must not/) },
    ]);
  });
});
