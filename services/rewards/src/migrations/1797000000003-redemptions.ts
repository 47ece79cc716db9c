import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Redemptions (the saga's state, with the Idempotency-Key that asked for each) and the vouchers
 * they issue. An offer's reserved and issued units are its pending and issued redemptions,
 * counted under the offer's row lock, so no counter can drift from them.
 */
export class Redemptions1797000000003 implements MigrationInterface {
  name = 'Redemptions1797000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE redemption (
        tenant_id       text NOT NULL,
        redemption_id   uuid NOT NULL,
        user_id         uuid NOT NULL,
        offer_id        uuid NOT NULL,
        points          integer NOT NULL CHECK (points > 0),
        state           text NOT NULL CHECK (state IN ('pending', 'issued', 'failed')),
        reason          text CHECK (reason IN ('not-enough-points', 'timed-out')),
        idempotency_key text NOT NULL,
        request_hash    text NOT NULL,
        asks            integer NOT NULL DEFAULT 1 CHECK (asks >= 1),
        requested_at    timestamptz NOT NULL,
        asked_at        timestamptz NOT NULL,
        resolved_at     timestamptz,
        PRIMARY KEY (tenant_id, redemption_id),
        UNIQUE (tenant_id, user_id, idempotency_key),
        FOREIGN KEY (tenant_id, offer_id) REFERENCES offer (tenant_id, offer_id),
        CHECK ((state = 'failed') = (reason IS NOT NULL))
      )`);
    // Stock and per-person limits count an offer's pending and issued redemptions.
    await db.query(`CREATE INDEX redemption_by_offer ON redemption (tenant_id, offer_id, state)`);
    await db.query(
      `CREATE INDEX redemption_by_person ON redemption (tenant_id, user_id, offer_id, state)`,
    );
    // The timeout resolver reads the oldest pending asks.
    await db.query(
      `CREATE INDEX redemption_pending ON redemption (asked_at) WHERE state = 'pending'`,
    );
    // The code is unique across tenants: a partner's scanner may not know the tenant.
    await db.query(`
      CREATE TABLE voucher (
        tenant_id     text NOT NULL,
        voucher_id    uuid NOT NULL,
        redemption_id uuid NOT NULL,
        user_id       uuid NOT NULL,
        offer_id      uuid NOT NULL,
        partner_id    uuid NOT NULL,
        code          text NOT NULL UNIQUE,
        issued_at     timestamptz NOT NULL,
        expires_at    timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, voucher_id),
        UNIQUE (tenant_id, redemption_id),
        FOREIGN KEY (tenant_id, redemption_id) REFERENCES redemption (tenant_id, redemption_id)
      )`);
    await db.query(`CREATE INDEX voucher_by_person ON voucher (tenant_id, user_id, issued_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE voucher`);
    await db.query(`DROP TABLE redemption`);
  }
}
