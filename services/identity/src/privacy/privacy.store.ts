import { GroupKind, Locale, Role } from '@citypoints/contracts';
import { ConsentDto, Visibility } from '@citypoints/http-contracts';
import { EntityManager } from 'typeorm';
import { ShownPerson } from './public-names-of';

/** Everything stored about a person; the personal fields are null once they are erased. */
export interface PersonRecord {
  userId: string;
  tenant: string;
  role: Role;
  partnerId: string | null;
  email: string | null;
  displayName: string | null;
  locale: Locale;
  visibility: Visibility;
  nickname: string | null;
  registeredAt: Date;
  erasedAt: Date | null;
}

/** A group the person belongs to, and since when. */
export interface MembershipRecord {
  groupId: string;
  name: string;
  kind: GroupKind;
  joinedAt: Date;
}

/** One sign-in session (a refresh token family): when it began, last refreshed, and ended. */
export interface SessionRecord {
  sessionId: string;
  signedInAt: Date;
  lastRefreshedAt: Date;
  ended: boolean;
}

/** Sets who others see; false when the person is unknown or erased. */
export async function updateConsent(
  db: EntityManager,
  tenant: string,
  userId: string,
  { visibility, nickname }: ConsentDto,
): Promise<boolean> {
  const [, updated]: [unknown[], number] = await db.query(
    `UPDATE person SET visibility = $3, nickname = $4
     WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL`,
    [tenant, userId, visibility, nickname ?? null],
  );
  return updated > 0;
}

/** The person, erased or not; none for an id the tenant never had. */
export async function personRecord(
  db: EntityManager,
  tenant: string,
  userId: string,
): Promise<PersonRecord | undefined> {
  const [person] = await db.query(
    `SELECT id AS "userId", tenant_id AS tenant, role, partner_id AS "partnerId", email,
            display_name AS "displayName", locale, visibility, nickname,
            created_at AS "registeredAt", erased_at AS "erasedAt"
     FROM person WHERE tenant_id = $1 AND id = $2`,
    [tenant, userId],
  );
  return person;
}

/** The groups the person belongs to, in order of joining. */
export function membershipsOf(
  db: EntityManager,
  tenant: string,
  userId: string,
): Promise<MembershipRecord[]> {
  return db.query(
    `SELECT g.id AS "groupId", g.name, g.kind, m.joined_at AS "joinedAt"
     FROM group_member m JOIN groups g ON g.tenant_id = m.tenant_id AND g.id = m.group_id
     WHERE m.tenant_id = $1 AND m.person_id = $2 ORDER BY m.joined_at`,
    [tenant, userId],
  );
}

/** The person's sessions, in order of signing in. */
export function sessionsOf(
  db: EntityManager,
  tenant: string,
  userId: string,
): Promise<SessionRecord[]> {
  return db.query(
    `SELECT family_id AS "sessionId", min(created_at) AS "signedInAt",
            max(created_at) AS "lastRefreshedAt", bool_or(revoked_at IS NOT NULL) AS "ended"
     FROM refresh_token WHERE tenant_id = $1 AND person_id = $2
     GROUP BY family_id ORDER BY min(created_at)`,
    [tenant, userId],
  );
}

/** The person's address and erasure, locked until `tx` ends; none for an unknown id. */
export async function lockPerson(
  tx: EntityManager,
  tenant: string,
  userId: string,
): Promise<{ email: string | null; erasedAt: Date | null; generation: number } | undefined> {
  const [person] = await tx.query(
    `SELECT email, erased_at AS "erasedAt", session_generation AS generation FROM person
     WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
    [tenant, userId],
  );
  return person;
}

/**
 * Blanks the person's personal data, hides them and marks them erased now, by `erasedBy` (the
 * admin who erased them on their request) or by themselves (null).
 */
export async function blankPerson(
  tx: EntityManager,
  tenant: string,
  userId: string,
  erasedBy: string | null,
) {
  await tx.query(
    `UPDATE person SET email = NULL, display_name = NULL, password_hash = NULL,
       nickname = NULL, visibility = 'hidden', erased_at = now(), erased_by = $3
     WHERE tenant_id = $1 AND id = $2`,
    [tenant, userId, erasedBy],
  );
}

/** Deletes the person's refresh, password reset and e-mail verification tokens. */
export async function deleteTokensOf(tx: EntityManager, tenant: string, userId: string) {
  await tx.query(`DELETE FROM refresh_token WHERE tenant_id = $1 AND person_id = $2`, [
    tenant,
    userId,
  ]);
  await tx.query(`DELETE FROM password_reset WHERE tenant_id = $1 AND person_id = $2`, [
    tenant,
    userId,
  ]);
  await tx.query(`DELETE FROM email_verification WHERE tenant_id = $1 AND person_id = $2`, [
    tenant,
    userId,
  ]);
}

/** Deletes the mail kept for the address, in whatever capitals it was written. */
export async function deleteMailTo(tx: EntityManager, tenant: string, email: string | null) {
  await tx.query(`DELETE FROM mail_outbox WHERE tenant_id = $1 AND lower(recipient) = lower($2)`, [
    tenant,
    email,
  ]);
}

/** The people of the tenant among `userIds` who are not erased, with their consent. */
export function shownPeople(
  db: EntityManager,
  tenant: string,
  userIds: readonly string[],
): Promise<ShownPerson[]> {
  return db.query(
    `SELECT id AS "userId", visibility, display_name AS "displayName", nickname FROM person
     WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND erased_at IS NULL`,
    [tenant, userIds],
  );
}
