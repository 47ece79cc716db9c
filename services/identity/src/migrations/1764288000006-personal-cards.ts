import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Printed personal cards, for people without a smartphone. The code on a card is a signed
 * token (PERSONAL_CARD_TOKEN) whose `jti` is the card's id, so it is not stored: a card is its
 * holder, when it was issued and when it was revoked. A card outlives its holder's erasure,
 * revoked, with nothing but pseudonymous ids.
 */
export class PersonalCards1764288000006 implements MigrationInterface {
  name = 'PersonalCards1764288000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE personal_card (
        tenant_id  text NOT NULL,
        id         uuid NOT NULL,
        person_id  uuid NOT NULL,
        issued_at  timestamptz NOT NULL,
        revoked_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
      )`);
    await db.query(`CREATE INDEX personal_card_holder ON personal_card (tenant_id, person_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE personal_card`);
  }
}
