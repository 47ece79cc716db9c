import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closed leaderboard periods (issue 13): each tenant's bonus rules, kept from identity's
 * TenantSettingsChanged beside its time zone; `closed_period`, whose primary key is the guard
 * that closes a scope's period once (concurrent closers serialise on it, the second inserts
 * nothing); and `closed_standing`, the final places of its board of every category together.
 */
export class ClosedPeriods1796532400000 implements MigrationInterface {
  name = 'ClosedPeriods1796532400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE tenant_settings ADD COLUMN leaderboard_bonuses jsonb NOT NULL DEFAULT '[]'`,
    );
    await db.query(`
      CREATE TABLE closed_period (
        tenant_id  text NOT NULL,
        scope      text NOT NULL CHECK (scope IN ('individual', 'group')),
        period_id  text NOT NULL,
        kind       text NOT NULL CHECK (kind IN ('week', 'month', 'year')),
        starts_at  timestamptz NOT NULL,
        ends_at    timestamptz NOT NULL,
        time_zone  text NOT NULL,
        bonuses    jsonb NOT NULL,
        closed_at  timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, scope, period_id)
      )`);
    await db.query(`
      CREATE TABLE closed_standing (
        tenant_id text NOT NULL,
        scope     text NOT NULL,
        period_id text NOT NULL,
        category  text NOT NULL,
        position  integer NOT NULL CHECK (position > 0),
        place     integer NOT NULL CHECK (place > 0),
        user_id   uuid,
        group_id  uuid,
        score     double precision NOT NULL,
        bonus     integer CHECK (bonus > 0),
        PRIMARY KEY (tenant_id, scope, period_id, category, position),
        FOREIGN KEY (tenant_id, scope, period_id) REFERENCES closed_period ON DELETE CASCADE,
        CHECK ((scope = 'individual') = (user_id IS NOT NULL AND group_id IS NULL)),
        CHECK ((scope = 'group') = (group_id IS NOT NULL AND user_id IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE closed_standing`);
    await db.query(`DROP TABLE closed_period`);
    await db.query(`ALTER TABLE tenant_settings DROP COLUMN leaderboard_bonuses`);
  }
}
