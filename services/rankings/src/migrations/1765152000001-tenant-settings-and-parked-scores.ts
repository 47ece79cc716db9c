import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rankings' Postgres (the boards themselves live in Redis): each tenant's time zone from
 * identity's TenantSettingsChanged (`changed_at`: the time of the event applied, so a replayed
 * older one changes nothing), and the ledger's scores that arrived before their tenant's time
 * zone, kept until it is known (`parked_score`, by event id: parking twice keeps one).
 */
export class TenantSettingsAndParkedScores1765152000001 implements MigrationInterface {
  name = 'TenantSettingsAndParkedScores1765152000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tenant_settings (
        tenant_id  text PRIMARY KEY,
        time_zone  text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE parked_score (
        event_id  uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        user_id   uuid NOT NULL,
        points    integer NOT NULL CHECK (points > 0),
        category  text,
        earned_at timestamptz NOT NULL,
        parked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX parked_score_by_tenant ON parked_score (tenant_id, earned_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE parked_score`);
    await db.query(`DROP TABLE tenant_settings`);
  }
}
