import { MigrationInterface, QueryRunner } from 'typeorm';

/** A tenant's partners, the partner-staff accounts bound to them, and their offers. */
export class PartnersAndOffers1797000000001 implements MigrationInterface {
  name = 'PartnersAndOffers1797000000001';

  async up(db: QueryRunner): Promise<void> {
    // contact_* are the business's own contact, never a person's: personal data stays in identity.
    await db.query(`
      CREATE TABLE partner (
        tenant_id     text NOT NULL,
        partner_id    uuid NOT NULL,
        name          text NOT NULL,
        kind          text NOT NULL CHECK (kind IN ('business', 'association')),
        contact_email text,
        contact_phone text,
        logo_url      text,
        version       integer NOT NULL CHECK (version >= 1),
        created_at    timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, partner_id)
      )`);
    // A person is staff of at most one partner: the key is the person.
    await db.query(`
      CREATE TABLE partner_staff (
        tenant_id  text NOT NULL,
        user_id    uuid NOT NULL,
        partner_id uuid NOT NULL,
        bound_at   timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, user_id),
        FOREIGN KEY (tenant_id, partner_id) REFERENCES partner (tenant_id, partner_id)
      )`);
    await db.query(`
      CREATE TABLE offer (
        tenant_id        text NOT NULL,
        offer_id         uuid NOT NULL,
        partner_id       uuid NOT NULL,
        state            text NOT NULL
          CHECK (state IN ('draft', 'submitted', 'published', 'paused', 'ended')),
        texts            jsonb NOT NULL,
        image_url        text,
        category         text NOT NULL,
        price_points     integer NOT NULL CHECK (price_points > 0),
        stock            integer CHECK (stock > 0),
        per_person_limit integer CHECK (per_person_limit > 0),
        sale_starts_at   timestamptz NOT NULL,
        sale_ends_at     timestamptz NOT NULL CHECK (sale_ends_at > sale_starts_at),
        valid_days       integer CHECK (valid_days > 0),
        valid_until      timestamptz,
        terms            text NOT NULL,
        rejection_reason text,
        version          integer NOT NULL CHECK (version >= 1),
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, offer_id),
        FOREIGN KEY (tenant_id, partner_id) REFERENCES partner (tenant_id, partner_id),
        CHECK ((valid_days IS NULL) <> (valid_until IS NULL))
      )`);
    // Partner staff list their partner's offers; residents the published ones in their window.
    await db.query(`CREATE INDEX offer_by_partner ON offer (tenant_id, partner_id, created_at)`);
    await db.query(`CREATE INDEX offer_by_state ON offer (tenant_id, state, sale_ends_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE offer`);
    await db.query(`DROP TABLE partner_staff`);
    await db.query(`DROP TABLE partner`);
  }
}
