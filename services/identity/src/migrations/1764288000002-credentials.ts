import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refresh tokens and password-reset tokens, stored only as SHA-256 hashes, and the development
 * mail outbox that stands in for sending mail.
 */
export class Credentials1764288000002 implements MigrationInterface {
  name = 'Credentials1764288000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE refresh_token (
        token_hash text PRIMARY KEY,
        family_id  uuid NOT NULL,
        tenant_id  text NOT NULL,
        person_id  uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX refresh_token_family ON refresh_token (family_id)`);
    await db.query(`CREATE INDEX refresh_token_person ON refresh_token (tenant_id, person_id)`);
    await db.query(`
      CREATE TABLE password_reset (
        token_hash text PRIMARY KEY,
        tenant_id  text NOT NULL,
        person_id  uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at    timestamptz,
        FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE TABLE mail_outbox (
        id         bigserial PRIMARY KEY,
        tenant_id  text NOT NULL,
        recipient  text NOT NULL,
        subject    text NOT NULL,
        body       text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX mail_outbox_recipient ON mail_outbox (tenant_id, lower(recipient))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_outbox`);
    await db.query(`DROP TABLE password_reset`);
    await db.query(`DROP TABLE refresh_token`);
  }
}
