import { DomainError, Role, UserRegistered } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { EmailVerifications } from '../email-verifications/email-verifications';
import { identityEvent } from '../identity-event';
import { Tenants } from '../tenants/tenants';
import { isUniqueViolation } from '../unique-violation';
import { passwordGuessProblem } from './password-guess-rule';
import { hashPassword } from './password-hash';
import { CreatePersonDto } from '@citypoints/http-contracts';
import { ActingRole, addPersonRefusal, partnerRuleViolation } from './role-rule';
import { ActivePerson } from './people.store';
import * as store from './people.store';
import { unknownPerson } from './unknown-person';

export interface RegisteredPerson {
  userId: string;
  tenant: string;
  role: Role;
  partnerId: string | null;
  email: string;
  displayName: string;
  locale: string;
}

/**
 * The people of each tenant: signing up and being added, as the role rules allow, and finding
 * them for signing in and for the features that act on a person.
 */
@Injectable()
export class People {
  constructor(
    private readonly db: DataSource,
    private readonly tenants: Tenants,
    private readonly verifications: EmailVerifications,
  ) {}

  /**
   * A person added by `actor` (see addPersonRefusal; 403 `may-not-add-person` naming the rule
   * when they may not), or by a tool when there is no acting person.
   */
  async add(
    tenant: string,
    input: CreatePersonDto,
    actor: ActingRole | undefined,
  ): Promise<RegisteredPerson> {
    const refusal = addPersonRefusal(actor, tenant, input.role);
    if (refusal) throw new DomainError('forbidden', 'may-not-add-person', refusal);
    return this.register(tenant, input);
  }

  /**
   * Stores the person and their UserRegistered event together, or nothing at all. 400
   * `partner-mismatch` (field partnerId) against partnerRuleViolation; 400 `guessable-password`
   * (field password) for a password easy to guess from the person's details and the tenant
   * (passwordGuessProblem); 409 `email-taken` (field email) for an address already registered.
   * With `verifyEmail` (a sign-up), the person's verification mail goes out with them.
   */
  async register(
    tenant: string,
    input: CreatePersonDto,
    verifyEmail = false,
  ): Promise<RegisteredPerson> {
    const { email, displayName, password } = input;
    const partnerProblem = partnerRuleViolation(input.role, input.partnerId);
    if (partnerProblem) {
      throw new DomainError('invalid', 'partner-mismatch', partnerProblem, 'partnerId');
    }
    const guessable = passwordGuessProblem(password, 'password', { email, displayName, tenant });
    if (guessable) throw new DomainError('invalid', 'guessable-password', guessable, 'password');
    const { defaultLocale } = await this.tenants.get(tenant);
    const person: RegisteredPerson = {
      userId: uuidv7(),
      tenant,
      role: input.role,
      partnerId: input.partnerId ?? null,
      email: input.email,
      displayName: input.displayName,
      locale: input.locale ?? defaultLocale,
    };
    await this.save(person, await hashPassword(input.password), verifyEmail);
    return person;
  }

  /**
   * The person with this address, given in its normalised form (normalizeEmail, which the DTOs
   * apply); none when unknown or erased.
   */
  findActiveByEmail(tenant: string, email: string): Promise<ActivePerson | undefined> {
    return store.findActiveByEmail(this.db.manager, tenant, email);
  }

  /**
   * The person, locked until `tx` ends when given one; 404 `unknown-person` when unknown or
   * erased.
   */
  async requireActive(tenant: string, id: string, tx?: EntityManager): Promise<ActivePerson> {
    const person = tx
      ? await store.lockActivePerson(tx, tenant, id)
      : await store.findActivePerson(this.db.manager, tenant, id);
    if (!person) throw unknownPerson(tenant, id);
    return person;
  }

  // The person, their UserRegistered event and any verification mail together, or nothing.
  private async save(
    person: RegisteredPerson,
    passwordHash: string,
    verifyEmail: boolean,
  ): Promise<void> {
    try {
      await this.db.transaction(async (tx) => {
        await store.insertPerson(tx, { ...person, passwordHash });
        if (verifyEmail) await this.verifications.send(tx, person.tenant, person);
        await appendToOutbox(tx, [
          identityEvent(
            UserRegistered,
            { userId: person.userId, role: person.role },
            person.tenant,
            person.userId,
          ),
        ]);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        const taken = 'email is already registered in this tenant';
        throw new DomainError('conflict', 'email-taken', taken, 'email');
      }
      throw error;
    }
  }
}
