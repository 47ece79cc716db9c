import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The groups of each tenant and who belonged to them when, from identity's GroupCreated,
 * MemberJoinedGroup and MemberLeftGroup (issue 13's group boards):
 * - `tenant_group`: a group of a tenant (its name stays in identity);
 * - `group_membership_change`: each joining and leaving at its event's time, by event id (a
 *   redelivery adds nothing). A membership runs from a join to the person's next leave of the
 *   group; a person may rejoin (groupsAt reads them), whatever order the events arrive in;
 * - `parked_score.kind`: whether a waiting score came from a participation (`earned`) or a
 *   bonus, since only the first makes a member active on the average board.
 */
export class GroupsAndMemberships1796446000000 implements MigrationInterface {
  name = 'GroupsAndMemberships1796446000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tenant_group (
        group_id   uuid PRIMARY KEY,
        tenant_id  text NOT NULL,
        kind       text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE group_membership_change (
        event_id  uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        group_id  uuid NOT NULL,
        user_id   uuid NOT NULL,
        change    text NOT NULL CHECK (change IN ('joined', 'left')),
        at        timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX group_membership_change_by_person
       ON group_membership_change (tenant_id, user_id)`,
    );
    await db.query(
      `ALTER TABLE parked_score ADD COLUMN kind text NOT NULL DEFAULT 'earned'
       CHECK (kind IN ('earned', 'bonus'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE parked_score DROP COLUMN kind`);
    await db.query(`DROP TABLE group_membership_change`);
    await db.query(`DROP TABLE tenant_group`);
  }
}
