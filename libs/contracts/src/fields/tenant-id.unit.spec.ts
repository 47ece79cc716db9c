import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsTenantId } from './is-tenant-id';
import { tenantIdProblem } from './tenant-id';

class NewTenant {
  @IsTenantId()
  slug: string;
}

const problems = (slug: unknown) =>
  validateSync(plainToInstance(NewTenant, { slug })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );

describe('tenant ids', () => {
  it.each(['cascais', 'demo-town', 'a', '0'.repeat(63)])('accepts %p', (tenant) => {
    expect(tenantIdProblem(tenant, 'tenant')).toBeUndefined();
    expect(problems(tenant)).toEqual([]);
  });

  it.each([
    ['capitals', 'Cascais'],
    ['a space', 'demo town'],
    ['64 characters', 'a'.repeat(64)],
    ['nothing', ''],
    ['a number', 42],
  ])('refuses %s with one message, naming the field', (_, tenant) => {
    expect(tenantIdProblem(tenant, 'tenant')).toBe(
      'tenant must be 1-63 characters of a-z, 0-9 and -',
    );
    expect(problems(tenant)).toEqual(['slug must be 1-63 characters of a-z, 0-9 and -']);
  });
});
