import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each person's session generation: raised by sign-out everywhere, a password reset and
 * erasure, and carried in access tokens as `gen`, so that tokens issued before can be refused
 * without waiting for them to expire.
 */
export class SessionGeneration1764288000004 implements MigrationInterface {
  name = 'SessionGeneration1764288000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person ADD COLUMN session_generation int NOT NULL DEFAULT 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person DROP COLUMN session_generation`);
  }
}
