import { ProfileChangeDto, ProfileDto } from '@citypoints/http-contracts';
import { EntityManager } from 'typeorm';

const PROFILE = `id AS "userId", tenant_id AS tenant, role, partner_id AS "partnerId", email,
  display_name AS "displayName", locale, email_verified_at IS NOT NULL AS "emailVerified",
  share_code AS "shareCode"`;

/** The person as they see themselves; none when unknown or erased. */
export async function findProfile(
  db: EntityManager,
  tenant: string,
  userId: string,
): Promise<ProfileDto | undefined> {
  const [profile] = await db.query(
    `SELECT ${PROFILE} FROM person WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL`,
    [tenant, userId],
  );
  return profile;
}

/**
 * Sets the fields `change` gives, keeps the others, and answers the profile as it is now; none
 * when the person is unknown or erased.
 */
export async function updateProfile(
  db: EntityManager,
  tenant: string,
  userId: string,
  { displayName, locale }: ProfileChangeDto,
): Promise<ProfileDto | undefined> {
  const [rows]: [ProfileDto[], number] = await db.query(
    `UPDATE person SET display_name = coalesce($3, display_name), locale = coalesce($4, locale)
     WHERE tenant_id = $1 AND id = $2 AND erased_at IS NULL
     RETURNING ${PROFILE}`,
    [tenant, userId, displayName ?? null, locale ?? null],
  );
  return rows[0];
}
