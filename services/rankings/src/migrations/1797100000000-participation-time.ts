import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A waiting score keeps when the person took part (PointsEarned's `participatedAt`), which
 * picks the periods it counts in; null for bonuses, reversals and older earns.
 */
export class ParticipationTime1797100000000 implements MigrationInterface {
  name = 'ParticipationTime1797100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE parked_score ADD COLUMN participated_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE parked_score DROP COLUMN participated_at`);
  }
}
