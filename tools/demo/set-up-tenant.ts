import { addPerson } from './add-person';
import { check, DemoApi, DemoSystem, signIn } from './demo-system';
import { DemoTown } from './town';

/**
 * The town's tenant, a platform operator's step through identity's internal API (409 when it
 * exists), its admin and steward, and its rules set by the admin through the gateway: phones
 * offline may send a check-in up to a week late (lateCheckInHours 168, the most allowed), and
 * the best three of each closed period earn 100, 50 and 25 points. Answers the admin's API.
 */
export async function setUpTenant(town: DemoTown, system: DemoSystem): Promise<DemoApi> {
  const { slug, name, defaultLocale, timeZone } = town;
  const tenant = await fetch(`${system.identity}/tenants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await system.asService('identity')) },
    body: JSON.stringify({ slug, name, defaultLocale, timeZone }),
  });
  if (tenant.status !== 201 && tenant.status !== 409) {
    throw new Error(`demo tenant ${slug}: ${tenant.status} ${await tenant.text()}`);
  }
  const staff = [
    [town.admin, 'tenant-admin'],
    [town.steward, 'verifier'],
  ] as const;
  for (const [account, role] of staff) {
    check(await addPerson(slug, system, { ...account, role }), [201, 409], role);
  }
  const admin = (await signIn(slug, system, town.admin)).api;
  const settings = {
    verification: { lateCheckInHours: 168 },
    leaderboardBonuses: [
      { rank: 1, points: 100 },
      { rank: 2, points: 50 },
      { rank: 3, points: 25 },
    ],
  };
  check(await admin('/tenant/settings', settings, 'PATCH'), [200, 204], 'tenant settings');
  return admin;
}
