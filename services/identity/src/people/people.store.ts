import { Role } from '@citypoints/contracts';
import { EntityManager } from 'typeorm';

/** A person not erased, with what signing in and issuing their tokens need. */
export interface ActivePerson {
  id: string;
  role: Role;
  partnerId: string | null;
  email: string;
  displayName: string;
  passwordHash: string;
  /** Raised each time all of the person's sessions end; access tokens carry it as `gen`. */
  generation: number;
  /** A tenant admin suspended the person: they may not sign in until reinstated. */
  suspended: boolean;
}

/** A person to store, with only their password's hash. */
export interface NewPerson {
  tenant: string;
  userId: string;
  role: Role;
  partnerId: string | null;
  email: string;
  displayName: string;
  locale: string;
  passwordHash: string;
}

const ACTIVE = `id, role, partner_id AS "partnerId", email, display_name AS "displayName",
  password_hash AS "passwordHash", session_generation AS "generation",
  suspended_at IS NOT NULL AS suspended`;

/** Stores the person. Throws Postgres's unique violation (23505) for an email in use. */
export async function insertPerson(tx: EntityManager, person: NewPerson): Promise<void> {
  const { tenant, userId, role, partnerId, email, displayName, passwordHash, locale } = person;
  await tx.query(
    `INSERT INTO person (tenant_id, id, role, partner_id, email, display_name, password_hash, locale)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [tenant, userId, role, partnerId, email, displayName, passwordHash, locale],
  );
}

/**
 * The person with this address; none when unknown or erased. lower() on both sides also finds
 * rows stored before addresses were normalised.
 */
export async function findActiveByEmail(
  db: EntityManager,
  tenant: string,
  email: string,
): Promise<ActivePerson | undefined> {
  const [person] = await db.query(
    `SELECT ${ACTIVE} FROM person
     WHERE tenant_id = $1 AND lower(email) = lower($2) AND erased_at IS NULL`,
    [tenant, email],
  );
  return person;
}

/** The person; none when unknown or erased. */
export function findActivePerson(db: EntityManager, tenant: string, id: string) {
  return activePerson(db, tenant, id, '');
}

/** The person, locked until `tx` ends; none when unknown or erased. */
export function lockActivePerson(tx: EntityManager, tenant: string, id: string) {
  return activePerson(tx, tenant, id, 'FOR UPDATE');
}

async function activePerson(
  db: EntityManager,
  tenant: string,
  id: string,
  lock: 'FOR UPDATE' | '',
): Promise<ActivePerson | undefined> {
  const [person] = await db.query(
    `SELECT ${ACTIVE} FROM person WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL
     ${lock}`,
    [tenant, id],
  );
  return person;
}
