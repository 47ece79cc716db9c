import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The activities service's own copy of what it applies of identity's tenant settings
 * (TenantSettingsChanged): the time zone schedules are read in, the default language every
 * title is needed in (null from events published before the field existed) and the most points
 * an activity may give (null: DEFAULT_MAX_ACTIVITY_POINTS). `changed_at` is the time of the
 * event applied, so that a replayed older event cannot undo a newer one.
 */
export class TenantSettings1764892800002 implements MigrationInterface {
  name = 'TenantSettings1764892800002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tenant_settings (
        tenant_id           text PRIMARY KEY,
        time_zone           text NOT NULL,
        default_locale      text,
        max_activity_points integer CHECK (max_activity_points > 0),
        changed_at          timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tenant_settings`);
  }
}
