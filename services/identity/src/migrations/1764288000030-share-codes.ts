import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every person's share code: 8 characters of the invite codes' alphabet (share-code.ts in
 * libs/contracts), which they give to others so that others can give them points without a
 * UUID (issue 16). Postgres draws it (`new_share_code()`, the column's default), so a person
 * has one from sign-up, whichever code inserts them, and existing people get one here. The
 * letters come from gen_random_uuid()'s random bytes (a strong source), skipping the UUID's
 * fixed version and variant bytes and, to keep every letter equally likely, bytes from 248 up
 * (248 = 8 × 31). A code in use anywhere is drawn again, so codes are unique across tenants,
 * hence within each; the unique index stops the rare race of two sign-ups drawing one code at
 * the same moment (the second sign-up fails).
 */
export class ShareCodes1764288000030 implements MigrationInterface {
  name = 'ShareCodes1764288000030';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION new_share_code() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        alphabet constant text := 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
        code text := '';
        bytes bytea;
        byte int;
      BEGIN
        LOOP
          bytes := uuid_send(gen_random_uuid());
          FOR i IN 0..15 LOOP
            CONTINUE WHEN i IN (6, 8) OR length(code) = 8;
            byte := get_byte(bytes, i);
            IF byte < 248 THEN code := code || substr(alphabet, 1 + byte % 31, 1); END IF;
          END LOOP;
          IF length(code) = 8 THEN
            EXIT WHEN NOT EXISTS (SELECT 1 FROM person WHERE share_code = code);
            code := '';
          END IF;
        END LOOP;
        RETURN code;
      END $$`);
    await db.query(`ALTER TABLE person ADD COLUMN share_code text`);
    await db.query(`UPDATE person SET share_code = new_share_code()`);
    await db.query(`ALTER TABLE person ALTER COLUMN share_code SET DEFAULT new_share_code()`);
    await db.query(`ALTER TABLE person ALTER COLUMN share_code SET NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX person_share_code ON person (share_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person DROP COLUMN share_code`);
    await db.query(`DROP FUNCTION new_share_code()`);
  }
}
