import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a tenant's admins administer about a person: whether they are suspended (they cannot
 * sign in until reinstated), whether their e-mail address is verified, and who erased them when
 * an admin did it on their request (a pseudonymous id, kept for the audit).
 */
export class PeopleAdministration1764288000020 implements MigrationInterface {
  name = 'PeopleAdministration1764288000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person
      ADD COLUMN suspended_at timestamptz,
      ADD COLUMN email_verified_at timestamptz,
      ADD COLUMN erased_by uuid`);
    await db.query(`
      CREATE TABLE email_verification (
        token_hash text PRIMARY KEY,
        tenant_id  text NOT NULL,
        person_id  uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at    timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
      )`);
    await db.query(
      `CREATE INDEX email_verification_person ON email_verification (tenant_id, person_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_verification`);
    await db.query(`ALTER TABLE person
      DROP COLUMN suspended_at, DROP COLUMN email_verified_at, DROP COLUMN erased_by`);
  }
}
