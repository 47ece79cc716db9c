import { MigrationInterface, QueryRunner } from 'typeorm';

export class Participations1764028800001 implements MigrationInterface {
  name = 'Participations1764028800001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE participation (
        id          uuid PRIMARY KEY,
        tenant_id   text NOT NULL,
        user_id     uuid NOT NULL,
        activity_id uuid NOT NULL,
        points      integer NOT NULL CHECK (points > 0),
        method      text NOT NULL,
        verified_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE participation`);
  }
}
