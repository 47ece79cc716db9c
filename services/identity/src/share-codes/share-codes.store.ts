import { EntityManager } from 'typeorm';
import { LeaderboardConsent } from '../privacy/public-name';

/** The person a share code names, with what they consented to show of their name. */
export interface SharingPerson extends LeaderboardConsent {
  person: string;
}

/** The tenant's person, not erased, whose share code is `code` (normalised); none otherwise. */
export async function findByShareCode(
  db: EntityManager,
  tenant: string,
  code: string,
): Promise<SharingPerson | undefined> {
  const [person] = await db.query(
    `SELECT id AS person, visibility, display_name AS "displayName", nickname FROM person
     WHERE tenant_id = $1 AND share_code = $2 AND erased_at IS NULL`,
    [tenant, code],
  );
  return person;
}
