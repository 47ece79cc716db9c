import { DomainError } from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';
import { actingOnPersonRefusal } from './acting-on-person-rule';

/**
 * For controllers: 403 `only-on-themselves` naming the rule unless the call acts for `person`
 * of `tenant`, or for nobody (actingOnPersonRefusal). The gateway checks this too; identity
 * does not rest on the path or body it is given.
 */
export function actOnlyOnSelf(actor: Actor | undefined, tenant: string, person: string): void {
  const refusal = actingOnPersonRefusal(actor, tenant, person);
  if (refusal) throw new DomainError('forbidden', 'only-on-themselves', refusal);
}
