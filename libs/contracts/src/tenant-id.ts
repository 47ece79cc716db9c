import { InvalidEventError } from './cloud-event';

const TENANT_ID = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function assertTenantId(tenantId: string): void {
  if (!TENANT_ID.test(tenantId)) {
    throw new InvalidEventError(
      `tenantid "${tenantId}" must be 1-63 characters of a-z, 0-9 and inner hyphens`,
    );
  }
}
