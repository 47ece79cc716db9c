import { DomainError, Role, UserRegistered } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { identityEvent } from '../identity-event';
import { Tenants } from '../tenants/tenants';
import { isUniqueViolation } from '../unique-violation';
import { passwordGuessProblem } from './password-guess-rule';
import { hashPassword } from './password-hash';
import { CreatePersonDto } from '@citypoints/http-contracts';
import { ActingRole, addPersonRefusal, partnerRuleViolation } from './role-rule';
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

export interface ActivePerson {
  id: string;
  role: Role;
  partnerId: string | null;
  email: string;
  displayName: string;
  passwordHash: string;
  /** Raised each time all of the person's sessions end; access tokens carry it as `gen`. */
  generation: number;
}

const ACTIVE = `id, role, partner_id AS "partnerId", email, display_name AS "displayName",
  password_hash AS "passwordHash", session_generation AS "generation"`;

@Injectable()
export class People {
  constructor(
    private readonly db: DataSource,
    private readonly tenants: Tenants,
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
   */
  async register(tenant: string, input: CreatePersonDto): Promise<RegisteredPerson> {
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
    const passwordHash = await hashPassword(input.password);
    try {
      await this.db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO person (tenant_id, id, role, partner_id, email, display_name, password_hash, locale)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            tenant,
            person.userId,
            person.role,
            person.partnerId,
            person.email,
            person.displayName,
            passwordHash,
            person.locale,
          ],
        );
        await appendToOutbox(tx, [
          identityEvent(
            UserRegistered,
            { userId: person.userId, role: person.role },
            tenant,
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
    return person;
  }

  /**
   * The person with this address, given in its normalised form (normalizeEmail, which the DTOs
   * apply). lower() on both sides also finds rows stored before addresses were normalised.
   */
  async findActiveByEmail(tenant: string, email: string): Promise<ActivePerson | undefined> {
    const [person] = await this.db.query(
      `SELECT ${ACTIVE} FROM person
       WHERE tenant_id = $1 AND lower(email) = lower($2) AND erased_at IS NULL`,
      [tenant, email],
    );
    return person;
  }

  /**
   * The person, locked until `tx` ends when given one; 404 `unknown-person` when unknown or
   * erased.
   */
  async requireActive(tenant: string, id: string, tx?: EntityManager): Promise<ActivePerson> {
    const [person] = await (tx ?? this.db.manager).query(
      `SELECT ${ACTIVE} FROM person WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL
       ${tx ? 'FOR UPDATE' : ''}`,
      [tenant, id],
    );
    if (!person) throw unknownPerson(tenant, id);
    return person;
  }
}
