import { MigrationInterface, QueryRunner } from 'typeorm';

/** A tenant's charitable causes, with the points donated to each as the ledger reported them. */
export class Causes1797000000002 implements MigrationInterface {
  name = 'Causes1797000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cause (
        tenant_id      text NOT NULL,
        cause_id       uuid NOT NULL,
        state          text NOT NULL CHECK (state IN ('draft', 'published', 'archived')),
        texts          jsonb NOT NULL,
        image_url      text,
        target         integer CHECK (target > 0),
        donated_points bigint NOT NULL DEFAULT 0 CHECK (donated_points >= 0),
        version        integer NOT NULL CHECK (version >= 1),
        created_at     timestamptz NOT NULL,
        updated_at     timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, cause_id)
      )`);
    // Lists are per tenant and state, newest first.
    await db.query(`CREATE INDEX cause_by_state ON cause (tenant_id, state, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE cause`);
  }
}
