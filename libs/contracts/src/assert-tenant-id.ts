import { InvalidEventError } from './invalid-event-error';

export const TENANT_ID = /^[a-z0-9-]{1,63}$/;

/** Tenant ids end up in keys, logs and URLs, so only slug-like ids are let through. */
export function assertTenantId(tenantId: string, name: string): void {
  if (!TENANT_ID.test(tenantId)) {
    throw new InvalidEventError(
      `${name} must be 1-63 characters of a-z, 0-9 and "-", not "${tenantId}"`,
    );
  }
}
