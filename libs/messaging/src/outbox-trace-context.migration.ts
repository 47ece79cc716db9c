import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The W3C trace context of the request or handler that wrote an outbox row (`traceparent`,
 * `tracestate`), so that the trace continues from there when the relay publishes it.
 */
export class OutboxTraceContext1796515200000 implements MigrationInterface {
  name = 'OutboxTraceContext1796515200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox ADD COLUMN trace_context jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox DROP COLUMN trace_context`);
  }
}
