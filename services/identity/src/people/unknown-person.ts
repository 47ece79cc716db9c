import { DomainError } from '@citypoints/contracts';

/** The 404 (code `unknown-person`) for a person who never was, or was erased, in `tenant`. */
export function unknownPerson(tenant: string, id: string): DomainError {
  return new DomainError(
    'not-found',
    'unknown-person',
    `person ${id} does not exist in tenant ${tenant}`,
  );
}
