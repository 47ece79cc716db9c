import { HiddenPersonDto } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A tenant's hidden people as one version of them, for Redis to mirror. */
export interface HiddenPeopleSnapshot {
  /** From the sequence `hidden_people_change`: a later change has a greater one; 0 for none. */
  version: number;
  userIds: string[];
}

/** Copies a snapshot to Redis before the change that made it commits. */
export type MirrorStep = (snapshot: HiddenPeopleSnapshot) => Promise<void>;

/**
 * The people tenant admins hid from their leaderboards (tables `hidden_person` and
 * `hidden_people_version`). A change locks the tenant's version row, so that one tenant's
 * changes happen one at a time, takes a new version and hands the tenant's whole list to
 * `mirror` before it commits: if Redis cannot be written, nothing changes.
 */
@Injectable()
export class HiddenPeopleStore {
  constructor(private readonly db: DataSource) {}

  /**
   * Hides the person at `at` (a person hidden before keeps their first time), unless the
   * tenant already hides `most` others: then undefined, and nothing changes but the version.
   */
  hide(
    tenantId: string,
    userId: string,
    at: Date,
    most: number,
    mirror: MirrorStep,
  ): Promise<HiddenPersonDto | undefined> {
    return this.change(tenantId, mirror, async (tx) => {
      await tx.query(
        `INSERT INTO hidden_person (tenant_id, user_id, hidden_at)
         SELECT $1, $2, $3 WHERE (SELECT count(*) FROM hidden_person WHERE tenant_id = $1) < $4
         ON CONFLICT (tenant_id, user_id) DO NOTHING`,
        [tenantId, userId, at, most],
      );
      const [row]: HiddenRow[] = await tx.query(
        `SELECT user_id, hidden_at FROM hidden_person WHERE tenant_id = $1 AND user_id = $2`,
        [tenantId, userId],
      );
      return row && personOf(row);
    });
  }

  /** Shows the person again; nothing changes but the version when they were not hidden. */
  show(tenantId: string, userId: string, mirror: MirrorStep): Promise<void> {
    return this.change(tenantId, mirror, async (tx) => {
      await tx.query(`DELETE FROM hidden_person WHERE tenant_id = $1 AND user_id = $2`, [
        tenantId,
        userId,
      ]);
    });
  }

  /** The tenant's hidden people, most recently hidden first. */
  async list(tenantId: string): Promise<HiddenPersonDto[]> {
    const rows: HiddenRow[] = await this.db.query(
      `SELECT user_id, hidden_at FROM hidden_person WHERE tenant_id = $1
       ORDER BY hidden_at DESC, user_id`,
      [tenantId],
    );
    return rows.map(personOf);
  }

  /** The tenant's hidden people and their version, as one statement sees them. */
  async snapshot(tenantId: string): Promise<HiddenPeopleSnapshot> {
    const [row]: SnapshotRow[] = await this.db.query(
      `SELECT coalesce((SELECT version FROM hidden_people_version WHERE tenant_id = $1), 0)
                AS version,
              array(SELECT user_id::text FROM hidden_person WHERE tenant_id = $1) AS user_ids`,
      [tenantId],
    );
    return { version: Number(row.version), userIds: row.user_ids };
  }

  private change<T>(
    tenantId: string,
    mirror: MirrorStep,
    step: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      // The lock comes before the version, so a change that waited gets a greater one.
      await tx.query(
        `INSERT INTO hidden_people_version (tenant_id, version) VALUES ($1, 0)
         ON CONFLICT (tenant_id) DO NOTHING`,
        [tenantId],
      );
      await tx.query(`SELECT 1 FROM hidden_people_version WHERE tenant_id = $1 FOR UPDATE`, [
        tenantId,
      ]);
      const result = await step(tx);
      const [{ version }]: { version: string }[] = await tx.query(
        `SELECT nextval('hidden_people_change') AS version`,
      );
      await tx.query(`UPDATE hidden_people_version SET version = $2 WHERE tenant_id = $1`, [
        tenantId,
        version,
      ]);
      const hidden: { user_id: string }[] = await tx.query(
        `SELECT user_id FROM hidden_person WHERE tenant_id = $1`,
        [tenantId],
      );
      await mirror({ version: Number(version), userIds: hidden.map((row) => row.user_id) });
      return result;
    });
  }
}

interface HiddenRow {
  user_id: string;
  hidden_at: Date;
}

interface SnapshotRow {
  version: string;
  user_ids: string[];
}

function personOf(row: HiddenRow): HiddenPersonDto {
  return { userId: row.user_id, hiddenAt: row.hidden_at.toISOString() };
}
