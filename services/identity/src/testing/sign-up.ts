import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';

export const PASSWORD = 'correct horse battery';

/** Creates the tenant if need be, and signs a new citizen up in it. */
export async function signUp(
  app: INestApplication,
  tenant: string,
  change: Record<string, unknown> = {},
): Promise<{ userId: string; email: string }> {
  await request(app.getHttpServer())
    .post('/tenants')
    .send({ slug: tenant, name: tenant, defaultLocale: 'pt', timeZone: 'Europe/Lisbon' });
  const email = `${randomUUID()}@example.org`;
  const response = await request(app.getHttpServer())
    .post(`/tenants/${tenant}/sign-ups`)
    .send({ email, password: PASSWORD, displayName: 'Ana Silva', ...change });
  if (response.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(response.body)}`);
  return { userId: response.body.userId, email };
}
