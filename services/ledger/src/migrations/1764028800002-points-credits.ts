import { MigrationInterface, QueryRunner } from 'typeorm';

export class PointsCredits1764028800002 implements MigrationInterface {
  name = 'PointsCredits1764028800002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE points_credit (
        participation_id uuid PRIMARY KEY,
        tenant_id        text NOT NULL,
        account_id       uuid NOT NULL,
        points           integer NOT NULL CHECK (points > 0),
        credited_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX points_credit_account ON points_credit (tenant_id, account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE points_credit`);
  }
}
