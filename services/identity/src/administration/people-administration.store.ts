import { Role } from '@citypoints/contracts';
import { PeopleDto, PersonSummaryDto } from '@citypoints/http-contracts';
import { EntityManager } from 'typeorm';

const SUMMARY = `id AS "userId", role, partner_id AS "partnerId", email,
  display_name AS "displayName", locale,
  CASE WHEN suspended_at IS NULL THEN 'active' ELSE 'suspended' END AS status,
  email_verified_at IS NOT NULL AS "emailVerified",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`;

/** What a page of people is cut from: the search's words, a role, and where the page starts. */
export interface PeopleSearch {
  search?: string;
  role?: Role;
  limit: number;
  offset: number;
}

// LIKE's own characters in a search match only themselves.
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A page of the tenant's people who are not erased, in order of display name (then id), with
 * how many match in all: `search` matches a part of the display name or e-mail, ignoring case.
 */
export async function listPeople(
  db: EntityManager,
  tenant: string,
  { search, role, limit, offset }: PeopleSearch,
): Promise<PeopleDto> {
  const rows: (PersonSummaryDto & { total: string })[] = await db.query(
    `SELECT ${SUMMARY}, count(*) OVER () AS total FROM person
     WHERE tenant_id = $1 AND erased_at IS NULL
       AND ($2::text IS NULL OR display_name ILIKE $2 OR email ILIKE $2)
       AND ($3::text IS NULL OR role = $3)
     ORDER BY lower(display_name), id LIMIT $4 OFFSET $5`,
    [tenant, search ? likePattern(search) : null, role ?? null, limit, offset],
  );
  const total = rows[0] ? Number(rows[0].total) : await countPeople(db, tenant, search, role);
  return { people: rows.map(({ total: _total, ...person }) => person), total };
}

// A page past the last match holds no row to count with: count apart.
async function countPeople(db: EntityManager, tenant: string, search?: string, role?: Role) {
  const [{ count }] = await db.query(
    `SELECT count(*)::int AS count FROM person
     WHERE tenant_id = $1 AND erased_at IS NULL
       AND ($2::text IS NULL OR display_name ILIKE $2 OR email ILIKE $2)
       AND ($3::text IS NULL OR role = $3)`,
    [tenant, search ? likePattern(search) : null, role ?? null],
  );
  return count as number;
}

/** The person as the list shows them; none when unknown or erased. */
export async function findSummary(
  db: EntityManager,
  tenant: string,
  userId: string,
): Promise<PersonSummaryDto | undefined> {
  const [person] = await db.query(
    `SELECT ${SUMMARY} FROM person WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL`,
    [tenant, userId],
  );
  return person;
}

/** How many admins of the tenant, other than `userId`, may sign in (not suspended or erased). */
export async function otherActiveAdmins(
  tx: EntityManager,
  tenant: string,
  userId: string,
): Promise<number> {
  const [{ count }] = await tx.query(
    `SELECT count(*)::int AS count FROM person
     WHERE tenant_id = $1 AND id <> $2 AND role = 'tenant-admin'
       AND erased_at IS NULL AND suspended_at IS NULL`,
    [tenant, userId],
  );
  return count;
}

/** Gives the person `role`, and `partnerId` (null but for partner staff). */
export async function setRole(
  tx: EntityManager,
  tenant: string,
  userId: string,
  role: Role,
  partnerId: string | null,
): Promise<void> {
  await tx.query(`UPDATE person SET role = $3, partner_id = $4 WHERE tenant_id = $1 AND id = $2`, [
    tenant,
    userId,
    role,
    partnerId,
  ]);
}

/** Suspends the person (keeping the first suspension's time), or reinstates them. */
export async function setSuspended(
  tx: EntityManager,
  tenant: string,
  userId: string,
  suspended: boolean,
): Promise<void> {
  await tx.query(
    `UPDATE person SET suspended_at = CASE WHEN $3 THEN coalesce(suspended_at, now()) END
     WHERE tenant_id = $1 AND id = $2`,
    [tenant, userId, suspended],
  );
}
