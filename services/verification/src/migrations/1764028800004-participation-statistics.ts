import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tenant's statistics (issue 16) read its verified participations by the time of the scan:
 * an index for that range, so the page does not read every participation of the tenant.
 */
export class ParticipationStatistics1764028800004 implements MigrationInterface {
  name = 'ParticipationStatistics1764028800004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX participation_verified_by_scan
        ON participation (tenant_id, scanned_at) WHERE state = 'verified'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX participation_verified_by_scan`);
  }
}
