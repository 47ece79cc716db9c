import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people tenant admins hid from their tenant's leaderboards (`hidden_person`), and each
 * tenant's version of that list (`hidden_people_version`), taken from one sequence by every
 * change: Redis mirrors each tenant's list with the version it copied and keeps only a newer
 * copy, and a version is never given twice, not even by a change that was rolled back.
 */
export class HiddenPeople1765324800001 implements MigrationInterface {
  name = 'HiddenPeople1765324800001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE hidden_people_change`);
    await db.query(`
      CREATE TABLE hidden_people_version (
        tenant_id text PRIMARY KEY,
        version   bigint NOT NULL
      )`);
    await db.query(`
      CREATE TABLE hidden_person (
        tenant_id text NOT NULL,
        user_id   uuid NOT NULL,
        hidden_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, user_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE hidden_person`);
    await db.query(`DROP TABLE hidden_people_version`);
    await db.query(`DROP SEQUENCE hidden_people_change`);
  }
}
