import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verification's own read model of the activities service's catalogue and of identity's tenant
 * time zones, built from their events. `version` is the activity's version in the activities
 * service: a snapshot of a lower or equal one changes nothing, so a replayed old event cannot
 * undo a newer one. `changed_at` is the time of the last event applied. An archived row may lack
 * the snapshot: an archive can arrive before its publication.
 */
export class ActivityCatalogue1764028800002 implements MigrationInterface {
  name = 'ActivityCatalogue1764028800002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE activity (
        tenant_id       text NOT NULL,
        activity_id     uuid NOT NULL,
        state           text NOT NULL CHECK (state IN ('published', 'archived')),
        titles          jsonb,
        category        text,
        points          integer CHECK (points > 0),
        impact          jsonb,
        place           jsonb,
        schedule        jsonb,
        methods         text[],
        limits          jsonb,
        code_generation integer CHECK (code_generation >= 1),
        version         integer CHECK (version >= 1),
        changed_at      timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, activity_id),
        CHECK (state = 'archived' OR (titles IS NOT NULL AND category IS NOT NULL
          AND points IS NOT NULL AND schedule IS NOT NULL AND methods IS NOT NULL
          AND limits IS NOT NULL AND code_generation IS NOT NULL AND version IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE tenant_settings (
        tenant_id  text PRIMARY KEY,
        time_zone  text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tenant_settings`);
    await db.query(`DROP TABLE activity`);
  }
}
