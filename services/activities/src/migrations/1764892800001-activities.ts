import { MigrationInterface, QueryRunner } from 'typeorm';

export class Activities1764892800001 implements MigrationInterface {
  name = 'Activities1764892800001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE activity (
        tenant_id       text NOT NULL,
        activity_id     uuid NOT NULL,
        state           text NOT NULL CHECK (state IN ('draft', 'published', 'archived')),
        titles          jsonb NOT NULL,
        descriptions    jsonb NOT NULL,
        category        text NOT NULL,
        points          integer NOT NULL CHECK (points > 0),
        image_url       text,
        impact          jsonb,
        place           jsonb,
        schedule        jsonb NOT NULL,
        methods         text[] NOT NULL CHECK (cardinality(methods) > 0),
        limits          jsonb NOT NULL,
        code_generation integer NOT NULL CHECK (code_generation >= 1),
        version         integer NOT NULL CHECK (version >= 1),
        created_at      timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, activity_id)
      )`);
    // Lists are per tenant and state, newest first.
    await db.query(
      `CREATE INDEX activity_by_state ON activity (tenant_id, state, created_at DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE activity`);
  }
}
