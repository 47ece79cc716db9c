import { Role } from '@citypoints/contracts';
import { waitFor } from '@citypoints/testing';
import { internalApi } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { GatewayCluster } from './start-cluster';

export const PASSWORD = 'correct horse battery';

export interface Person {
  userId: string;
  email: string;
  tenant: string;
  role: Role;
  accessToken: string;
  refreshToken: string;
}

/** Creates the tenant through identity's internal API, as a platform operator would. */
export async function createTenant(cluster: GatewayCluster, slug: string): Promise<void> {
  await (
    await internalApi(cluster.identityUrl, 'identity')
  )
    .post('/tenants')
    .send({ slug, name: slug, defaultLocale: 'pt', timeZone: 'Europe/Lisbon' })
    .expect(201);
}

/** A citizen who signed up and in through the gateway. */
export async function citizen(cluster: GatewayCluster, tenant: string): Promise<Person> {
  const email = `${randomUUID()}@example.org`;
  await request(cluster.gateway.url)
    .post(`/api/v1/tenants/${tenant}/sign-up`)
    .send({ email, password: PASSWORD, displayName: 'Ana Silva' })
    .expect(201);
  return signIn(cluster, tenant, email, 'citizen');
}

/** A member of staff added through identity's internal API, signed in through the gateway. */
export async function staff(cluster: GatewayCluster, tenant: string, role: Role): Promise<Person> {
  const email = `${randomUUID()}@example.org`;
  await (
    await internalApi(cluster.identityUrl, 'identity')
  )
    .post(`/tenants/${tenant}/people`)
    .send({
      email,
      password: PASSWORD,
      displayName: 'Rui Costa',
      role,
      ...(role === 'partner-staff' && { partnerId: randomUUID() }),
    })
    .expect(201);
  return signIn(cluster, tenant, email, role);
}

export async function signIn(
  cluster: GatewayCluster,
  tenant: string,
  email: string,
  role: Role,
): Promise<Person> {
  const session = await request(cluster.gateway.url)
    .post(`/api/v1/tenants/${tenant}/sessions`)
    .send({ email, password: PASSWORD })
    .expect(200);
  const { userId, accessToken, refreshToken } = session.body;
  return { userId, email, tenant, role, accessToken, refreshToken };
}

/** Credits points by an admin's adjustment, once the ledger has opened the account. */
export async function credit(
  cluster: GatewayCluster,
  admin: Person,
  person: Person,
  points: number,
): Promise<void> {
  const adjustmentId = randomUUID();
  await waitFor(`the ledger to open ${person.userId}`, async () => {
    const response = await request(cluster.gateway.url)
      .post(`/api/v1/accounts/${person.userId}/adjustments`)
      .auth(admin.accessToken, { type: 'bearer' })
      .send({ adjustmentId, points, reason: 'welcome bonus' });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw new Error(JSON.stringify(response.body));
    return true;
  });
}
