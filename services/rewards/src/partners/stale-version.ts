import { DomainError } from '@citypoints/contracts';

/**
 * The 409 (code `stale-version`, field `version`) for a change of a partner or offer (`what`)
 * written against version `expected` while it is at `actual`: optimistic concurrency.
 */
export function staleVersion(what: string, actual: number, expected: number): DomainError {
  const message = `the ${what} is at version ${actual}, not ${expected}; reload it`;
  return new DomainError('conflict', 'stale-version', message, 'version');
}
