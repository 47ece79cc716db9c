import { Role } from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';
import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';

export const PASSWORD = 'correct horse battery';

/** A person made for a test, who can also be the acting person of a call (TestApp.httpAs). */
export interface TestPerson extends Actor {
  email: string;
}

/** Creates the tenant if need be, as a tool would (no acting person). */
export async function createTenant(service: TestApp, tenant: string): Promise<void> {
  await service
    .http()
    .post('/tenants')
    .send({ slug: tenant, name: tenant, defaultLocale: 'pt', timeZone: 'Europe/Lisbon' });
}

/** Creates the tenant if need be, and signs a new citizen up in it. */
export async function signUp(
  service: TestApp,
  tenant: string,
  change: Record<string, unknown> = {},
): Promise<TestPerson> {
  await createTenant(service, tenant);
  const email = `${randomUUID()}@example.org`;
  const response = await service
    .http()
    .post(`/tenants/${tenant}/sign-ups`)
    .send({ email, password: PASSWORD, displayName: 'Ana Silva', ...change });
  if (response.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(response.body)}`);
  return { userId: response.body.userId, email, tenant, role: 'citizen', generation: 0 };
}

/** Adds a person with `role` to the tenant (created if need be), as a seeding tool would. */
export async function addPerson(service: TestApp, tenant: string, role: Role): Promise<TestPerson> {
  await createTenant(service, tenant);
  const email = `${randomUUID()}@example.org`;
  const response = await service
    .http()
    .post(`/tenants/${tenant}/people`)
    .send({
      email,
      password: PASSWORD,
      displayName: 'Rui Costa',
      role,
      ...(role === 'partner-staff' && { partnerId: randomUUID() }),
    });
  if (response.status !== 201) throw new Error(`adding failed: ${JSON.stringify(response.body)}`);
  return { userId: response.body.userId, email, tenant, role, generation: 0 };
}
