import { MigrationInterface, QueryRunner } from 'typeorm';

/** Groups and their members. `groups`, plural, because GROUP is an SQL keyword. */
export class Groups1764288000003 implements MigrationInterface {
  name = 'Groups1764288000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE groups (
        tenant_id   text NOT NULL REFERENCES tenant (slug),
        id          uuid NOT NULL,
        name        text NOT NULL,
        kind        text NOT NULL,
        invite_code text NOT NULL,
        created_by  uuid NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, invite_code)
      )`);
    await db.query(`
      CREATE TABLE group_member (
        tenant_id text NOT NULL,
        group_id  uuid NOT NULL,
        person_id uuid NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, group_id, person_id),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id),
        FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
      )`);
    await db.query(`CREATE INDEX group_member_person ON group_member (tenant_id, person_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE group_member`);
    await db.query(`DROP TABLE groups`);
  }
}
