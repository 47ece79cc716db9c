import { DomainError } from '@citypoints/contracts';
import {
  PEOPLE_PAGE,
  PeopleDto,
  PeopleQueryDto,
  PersonSummaryDto,
  RoleChangeDto,
  SessionsEndedDto,
} from '@citypoints/http-contracts';
import { Actor } from '@citypoints/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { People } from '../people/people';
import { addPersonRefusal, partnerRuleViolation } from '../people/role-rule';
import { unknownPerson } from '../people/unknown-person';
import { Privacy } from '../privacy/privacy';
import { Sessions } from '../sessions/sessions';
import { administeringRefusal } from './administering-rule';
import * as store from './people-administration.store';

const LAST_ADMIN = 'the tenant would have no admin left who can sign in';

/**
 * What a tenant's admins do with its people (issue 16): find them, change a role, suspend and
 * reinstate, erase on a person's request. Each checks administeringRefusal first (403
 * `may-not-administer` naming the rule), so an admin never acts on themselves here.
 */
@Injectable()
export class PeopleAdministration {
  constructor(
    private readonly db: DataSource,
    private readonly people: People,
    private readonly sessions: Sessions,
    private readonly privacy: Privacy,
  ) {}

  /** A page of the tenant's people (PeopleQueryDto says how it is cut), with the total. */
  list(actor: Actor | undefined, tenant: string, query: PeopleQueryDto): Promise<PeopleDto> {
    assertMay(actor, tenant);
    const { search, role, limit = PEOPLE_PAGE, offset = 0 } = query;
    return store.listPeople(this.db.manager, tenant, { search, role, limit, offset });
  }

  /** One person as the list shows them; 404 `unknown-person` when unknown or erased. */
  async get(actor: Actor | undefined, tenant: string, person: string): Promise<PersonSummaryDto> {
    assertMay(actor, tenant);
    const summary = await store.findSummary(this.db.manager, tenant, person);
    if (!summary) throw unknownPerson(tenant, person);
    return summary;
  }

  /**
   * Gives the person another role and ends their sessions, so that the new role applies at
   * once (their tokens name the old one). 403 `may-not-give-role` for a role addPersonRefusal
   * does not let the actor give; 400 `partner-mismatch` (field partnerId) against
   * partnerRuleViolation; 409 `last-admin` for demoting the tenant's last admin who can sign
   * in (a tool could; an admin never acts on themselves); 404 `unknown-person`.
   */
  async changeRole(
    actor: Actor | undefined,
    tenant: string,
    person: string,
    change: RoleChangeDto,
  ): Promise<SessionsEndedDto> {
    assertMay(actor, tenant, person);
    const refusal = addPersonRefusal(actor, tenant, change.role);
    if (refusal) throw new DomainError('forbidden', 'may-not-give-role', refusal);
    const partnerProblem = partnerRuleViolation(change.role, change.partnerId);
    if (partnerProblem) {
      throw new DomainError('invalid', 'partner-mismatch', partnerProblem, 'partnerId');
    }
    return this.db.transaction(async (tx) => {
      const current = await this.people.requireActive(tenant, person, tx);
      const demoted = current.role === 'tenant-admin' && change.role !== 'tenant-admin';
      if (demoted && (await store.otherActiveAdmins(tx, tenant, person)) === 0) {
        throw new DomainError('conflict', 'last-admin', LAST_ADMIN, 'role');
      }
      await store.setRole(tx, tenant, person, change.role, change.partnerId ?? null);
      return this.endSessions(tx, tenant, person);
    });
  }

  /**
   * Suspends the person and ends every session they have (SessionsRevoked): they cannot sign
   * in or refresh (403 `account-suspended`) until reinstated. Suspending again changes
   * nothing but ends any session again. 404 `unknown-person`.
   */
  suspend(actor: Actor | undefined, tenant: string, person: string): Promise<SessionsEndedDto> {
    assertMay(actor, tenant, person);
    return this.db.transaction(async (tx) => {
      await this.people.requireActive(tenant, person, tx);
      await store.setSuspended(tx, tenant, person, true);
      return this.endSessions(tx, tenant, person);
    });
  }

  /** Lets a suspended person sign in again; nothing for an active one. 404 `unknown-person`. */
  async reinstate(
    actor: Actor | undefined,
    tenant: string,
    person: string,
  ): Promise<PersonSummaryDto> {
    assertMay(actor, tenant, person);
    await this.db.transaction(async (tx) => {
      await this.people.requireActive(tenant, person, tx);
      await store.setSuspended(tx, tenant, person, false);
    });
    return this.get(actor, tenant, person);
  }

  /**
   * The person's erasure on their request, the same as their own (Privacy.erase), recorded as
   * done by the acting admin. 404 `unknown-person` when unknown or already erased (the admin's
   * list no longer shows them).
   */
  async erase(actor: Actor | undefined, tenant: string, person: string): Promise<SessionsEndedDto> {
    assertMay(actor, tenant, person);
    await this.people.requireActive(tenant, person);
    const generation = await this.privacy.erase(tenant, person, actor?.userId);
    return { userId: person, generation };
  }

  private async endSessions(tx: EntityManager, tenant: string, person: string) {
    const generation = await this.sessions.signOutEverywhere(tenant, person, tx);
    if (generation === undefined) throw unknownPerson(tenant, person);
    return { userId: person, generation };
  }
}

function assertMay(actor: Actor | undefined, tenant: string, person?: string): void {
  const refusal = administeringRefusal(actor, tenant, person);
  if (refusal) throw new DomainError('forbidden', 'may-not-administer', refusal);
}
