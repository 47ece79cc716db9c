/** A tenant's id, its slug: it ends up in keys, topics, logs and URLs, so only slug-like ids. */
export const TENANT_ID = /^[a-z0-9-]{1,63}$/;

/**
 * Why `value` is not a tenant id, naming the field, or undefined when it is: 1 to 63 of a-z,
 * 0-9 and `-` (TENANT_ID). The one message for a tenant id, wherever it is checked.
 */
export function tenantIdProblem(value: unknown, field: string): string | undefined {
  if (typeof value === 'string' && TENANT_ID.test(value)) return undefined;
  return `${field} must be 1-63 characters of a-z, 0-9 and -`;
}
