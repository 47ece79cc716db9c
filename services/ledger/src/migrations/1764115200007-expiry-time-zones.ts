import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each tenant's IANA time zone beside its expiry policy, so that points expire by the tenant's
 * local calendar. Policies set before it count in UTC until the tenant's next
 * TenantSettingsChanged.
 */
export class ExpiryTimeZones1764115200007 implements MigrationInterface {
  name = 'ExpiryTimeZones1764115200007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE expiry_policy ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC'`);
    await db.query(`ALTER TABLE expiry_policy ALTER COLUMN time_zone DROP DEFAULT`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE expiry_policy DROP COLUMN time_zone`);
  }
}
