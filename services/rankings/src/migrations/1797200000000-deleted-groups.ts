import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When identity deleted a group (GroupDeleted): the group stays as a tombstone, so that its
 * earlier and redelivered membership changes keep being left out of every group board, live and
 * rebuilt (GroupMembershipsStore leaves a deleted group's changes out).
 */
export class DeletedGroups1797200000000 implements MigrationInterface {
  name = 'DeletedGroups1797200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tenant_group ADD COLUMN deleted_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE tenant_group DROP COLUMN deleted_at`);
  }
}
