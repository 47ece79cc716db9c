import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenants and the people who belong to them. A person's row outlives erasure: the pseudonymous
 * id stays (other services know the person by it), the personal columns become null.
 */
export class TenantsAndPeople1764288000001 implements MigrationInterface {
  name = 'TenantsAndPeople1764288000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tenant (
        slug           text PRIMARY KEY,
        name           text NOT NULL,
        default_locale text NOT NULL,
        time_zone      text NOT NULL,
        settings       jsonb NOT NULL DEFAULT '{}',
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE person (
        tenant_id     text NOT NULL REFERENCES tenant (slug),
        id            uuid NOT NULL,
        role          text NOT NULL,
        partner_id    uuid,
        email         text,
        display_name  text,
        password_hash text,
        locale        text NOT NULL,
        visibility    text NOT NULL DEFAULT 'hidden',
        nickname      text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        erased_at     timestamptz,
        PRIMARY KEY (tenant_id, id)
      )`);
    // One account per address and tenant, whatever its capitals; erased rows hold no address.
    await db.query(
      `CREATE UNIQUE INDEX person_email ON person (tenant_id, lower(email)) WHERE email IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE person`);
    await db.query(`DROP TABLE tenant`);
  }
}
