import { ValidateBy } from 'class-validator';
import { tenantIdProblem } from './tenant-id';

/** A DTO field holding a tenant id (a slug such as `cascais`), checked with tenantIdProblem. */
export function IsTenantId(): PropertyDecorator {
  return ValidateBy({
    name: 'isTenantId',
    validator: {
      validate: (value, args) => tenantIdProblem(value, args?.property ?? '') === undefined,
      defaultMessage: (args) => tenantIdProblem(args?.value, args?.property ?? '') ?? '',
    },
  });
}
