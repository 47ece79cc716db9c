import { tenantIdProblem } from './fields/tenant-id';
import { InvalidEventError } from './invalid-event-error';

/** Tenant ids end up in keys, logs and URLs, so only slug-like ids are let through. */
export function assertTenantId(tenantId: string, name: string): void {
  const problem = tenantIdProblem(tenantId, name);
  if (problem) throw new InvalidEventError(`${problem}, not "${tenantId}"`);
}
