import { DEFAULT_MAX_ACTIVITY_POINTS, DEFAULT_VERIFICATION_SETTINGS } from '@citypoints/contracts';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each tenant's most points per activity and how strictly its check-ins are judged (issue 12,
 * VerificationSettingsV1 as JSON), always stored whole: the tenants that exist get the
 * defaults of @citypoints/contracts, new ones whatever they are created with over them.
 */
export class TenantVerificationSettings1764288000005 implements MigrationInterface {
  name = 'TenantVerificationSettings1764288000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE tenant ADD COLUMN max_activity_points int, ADD COLUMN verification jsonb`,
    );
    await db.query(`UPDATE tenant SET max_activity_points = $1, verification = $2::jsonb`, [
      DEFAULT_MAX_ACTIVITY_POINTS,
      JSON.stringify(DEFAULT_VERIFICATION_SETTINGS),
    ]);
    await db.query(
      `ALTER TABLE tenant ALTER COLUMN max_activity_points SET NOT NULL,
         ALTER COLUMN verification SET NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tenant DROP COLUMN max_activity_points, DROP COLUMN verification`);
  }
}
