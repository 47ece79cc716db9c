import { callerAt } from './caller';
import { Answer, DemoSystem } from './demo-system';

/**
 * Adds a person with a role (`{ email, password, displayName, role, partnerId? }`) to
 * `tenant` through identity's internal API, as a platform operator's tool would: 201, or 409
 * when they exist already.
 */
export async function addPerson(
  tenant: string,
  system: DemoSystem,
  person: Record<string, unknown>,
): Promise<Answer> {
  return callerAt(system.identity)(`/tenants/${tenant}/people`, {
    headers: await system.asService('identity'),
    body: person,
  });
}
