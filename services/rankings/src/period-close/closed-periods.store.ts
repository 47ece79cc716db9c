import { LeaderboardBonus } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ClosablePeriod } from './closable-period';
import { ClosedStanding } from './place-awards';

/** Whose board a closed period's standings are: LeaderboardPeriodClosed's scope. */
export type ClosedScope = 'individual' | 'group';

/** A closed period of one scope as Postgres keeps it. */
export interface ClosedPeriodRow {
  periodId: string;
  kind: ClosablePeriod['kind'];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  bonuses: LeaderboardBonus[];
  closedAt: Date;
}

/** The SQL of closed periods (`closed_period`, `closed_standing`). */
@Injectable()
export class ClosedPeriodsStore {
  constructor(private readonly db: DataSource) {}

  /**
   * Records the scope's period as closed, unless it is already: the primary key is the guard,
   * so of two closers at once the second waits for the first to commit and then inserts
   * nothing. True when this call closed it.
   */
  async insertPeriod(
    tx: EntityManager,
    tenantId: string,
    scope: ClosedScope,
    period: ClosablePeriod,
    timeZone: string,
    bonuses: readonly LeaderboardBonus[],
    closedAt: Date,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO closed_period
         (tenant_id, scope, period_id, kind, starts_at, ends_at, time_zone, bonuses, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING
       RETURNING 1`,
      [
        tenantId,
        scope,
        period.id,
        period.kind,
        period.startsAt,
        period.nextResetAt,
        timeZone,
        JSON.stringify(bonuses),
        closedAt,
      ],
    );
    return rows.length === 1;
  }

  /** Saves the final standings of the scope's board of every category together. */
  async insertStandings(
    tx: EntityManager,
    tenantId: string,
    scope: ClosedScope,
    periodId: string,
    standings: readonly ClosedStanding[],
  ): Promise<void> {
    const column = scope === 'individual' ? 'user_id' : 'group_id';
    for (let from = 0; from < standings.length; from += 5000) {
      const chunk = standings.slice(from, from + 5000);
      await tx.query(
        `INSERT INTO closed_standing
           (tenant_id, scope, period_id, category, position, place, ${column}, score, bonus)
         SELECT $1, $2, $3, 'all', * FROM
           unnest($4::int[], $5::int[], $6::uuid[], $7::float8[], $8::int[])`,
        [
          tenantId,
          scope,
          periodId,
          chunk.map((s) => s.position),
          chunk.map((s) => s.place),
          chunk.map((s) => s.id),
          chunk.map((s) => s.score),
          chunk.map((s) => s.bonus ?? null),
        ],
      );
    }
  }

  /** The scope's closed period, or undefined while it is not closed. */
  async period(
    tenantId: string,
    scope: ClosedScope,
    periodId: string,
  ): Promise<ClosedPeriodRow | undefined> {
    const [row] = await this.db.query(
      `SELECT period_id AS "periodId", kind, starts_at AS "startsAt", ends_at AS "endsAt",
              time_zone AS "timeZone", bonuses, closed_at AS "closedAt"
       FROM closed_period WHERE tenant_id = $1 AND scope = $2 AND period_id = $3`,
      [tenantId, scope, periodId],
    );
    return row;
  }

  /**
   * Standings of the scope's closed period, best first: `limit` from position `offset`
   * (0-based), or only those with a bonus (the winners).
   */
  async standings(
    tenantId: string,
    scope: ClosedScope,
    periodId: string,
    page: { offset: number; limit: number } | 'winners',
  ): Promise<ClosedStanding[]> {
    const [filter, params] =
      page === 'winners'
        ? ['AND bonus IS NOT NULL', []]
        : ['AND position > $4 AND position <= $4 + $5', [page.offset, page.limit]];
    const rows: { position: number; place: number; id: string; score: number; bonus: number }[] =
      await this.db.query(
        `SELECT position, place, coalesce(user_id, group_id) AS id, score, bonus
         FROM closed_standing
         WHERE tenant_id = $1 AND scope = $2 AND period_id = $3 AND category = 'all' ${filter}
         ORDER BY position`,
        [tenantId, scope, periodId, ...params],
      );
    return rows.map(({ bonus, ...row }) => ({ ...row, ...(bonus !== null && { bonus }) }));
  }

  /** How many entries the scope's closed board holds. */
  async count(tenantId: string, scope: ClosedScope, periodId: string): Promise<number> {
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM closed_standing
       WHERE tenant_id = $1 AND scope = $2 AND period_id = $3 AND category = 'all'`,
      [tenantId, scope, periodId],
    );
    return count;
  }

  /** The user ids hidden from the tenant's boards now (hidden_person, the truth): no bonus. */
  async hiddenPeople(tenantId: string): Promise<Set<string>> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT user_id FROM hidden_person WHERE tenant_id = $1`,
      [tenantId],
    );
    return new Set(rows.map((row) => row.user_id));
  }
}
