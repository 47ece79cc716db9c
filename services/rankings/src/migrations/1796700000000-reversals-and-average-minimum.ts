import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: a waiting score may be an admin's reversal (negative points, kind `reversal`), and
 * each tenant may set the active members a group needs on the average boards
 * (`tenant_settings.min_active_members`, from identity's TenantSettingsChanged; null: the
 * service's MIN_ACTIVE_MEMBERS_FOR_AVERAGE).
 */
export class ReversalsAndAverageMinimum1796700000000 implements MigrationInterface {
  name = 'ReversalsAndAverageMinimum1796700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE parked_score DROP CONSTRAINT parked_score_points_check`);
    await db.query(`ALTER TABLE parked_score DROP CONSTRAINT parked_score_kind_check`);
    await db.query(`ALTER TABLE parked_score ADD CONSTRAINT parked_score_points_check
      CHECK (points <> 0 AND (points > 0) = (kind <> 'reversal'))`);
    await db.query(`ALTER TABLE parked_score ADD CONSTRAINT parked_score_kind_check
      CHECK (kind IN ('earned', 'bonus', 'reversal'))`);
    await db.query(`ALTER TABLE tenant_settings ADD COLUMN min_active_members integer
      CHECK (min_active_members >= 1)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tenant_settings DROP COLUMN min_active_members`);
    await db.query(`DELETE FROM parked_score WHERE kind = 'reversal'`);
    await db.query(`ALTER TABLE parked_score DROP CONSTRAINT parked_score_kind_check`);
    await db.query(`ALTER TABLE parked_score DROP CONSTRAINT parked_score_points_check`);
    await db.query(`ALTER TABLE parked_score ADD CONSTRAINT parked_score_points_check
      CHECK (points > 0)`);
    await db.query(`ALTER TABLE parked_score ADD CONSTRAINT parked_score_kind_check
      CHECK (kind IN ('earned', 'bonus'))`);
  }
}
