import { LeaderboardBonus, TenantSettingsChangedV1 } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long a replica keeps a tenant's settings once read (ms). */
const SETTINGS_TTL_MS = 10_000;

/** What scoring needs of a tenant's settings. */
export interface TenantScoring {
  /** The tenant's IANA time zone. */
  timeZone: string;
  /** The active members a group needs on its average boards; undefined: the service's default. */
  minActiveMembers?: number;
}

/**
 * Each tenant's IANA time zone, from identity's TenantSettingsChanged (table
 * `tenant_settings`): the calendar its leaderboards' weeks, months and years follow; its
 * bonus rules, the points each rank gets when a period closes; and the active members a group
 * needs on its average boards, when the tenant set it.
 */
@Injectable()
export class TenantTimeZones {
  // Every read and every score needs them: kept in memory for SETTINGS_TTL_MS once known.
  private readonly known = new Map<string, { scoring: TenantScoring; until: number }>();

  constructor(private readonly db: DataSource) {}

  /**
   * The tenant's time zone, or undefined while its settings have not arrived. No default on
   * purpose: a guessed zone would put points near midnight in the wrong week or month.
   */
  async of(tenantId: string): Promise<string | undefined> {
    return (await this.scoringOf(tenantId))?.timeZone;
  }

  /**
   * The tenant's time zone and average minimum; undefined while its settings have not arrived.
   * Once known they are kept for SETTINGS_TTL_MS: a change reaches this replica at once when it
   * applies the change itself, the others within that time.
   */
  async scoringOf(tenantId: string): Promise<TenantScoring | undefined> {
    const kept = this.known.get(tenantId);
    if (kept && kept.until > Date.now()) return kept.scoring;
    const [row] = await this.db.query(
      `SELECT time_zone, min_active_members FROM tenant_settings WHERE tenant_id = $1`,
      [tenantId],
    );
    if (!row) return undefined;
    const scoring = scoringOf(row);
    this.known.set(tenantId, { scoring, until: Date.now() + SETTINGS_TTL_MS });
    return scoring;
  }

  /**
   * What scoring needs of the tenant (of every tenant when `tenantId` is undefined) whose
   * settings have arrived, by tenant: the rebuild's snapshot.
   */
  async allScoring(tenantId?: string): Promise<Map<string, TenantScoring>> {
    const rows: { tenant_id: string; time_zone: string; min_active_members: number | null }[] =
      await this.db.query(
        `SELECT tenant_id, time_zone, min_active_members FROM tenant_settings
         WHERE $1::text IS NULL OR tenant_id = $1`,
        [tenantId ?? null],
      );
    return new Map(rows.map((row) => [row.tenant_id, scoringOf(row)]));
  }

  /** The tenant's bonus rules as of its latest settings; none while they have not arrived. */
  async bonusesOf(tenantId: string): Promise<LeaderboardBonus[]> {
    const [row] = await this.db.query(
      `SELECT leaderboard_bonuses FROM tenant_settings WHERE tenant_id = $1`,
      [tenantId],
    );
    return row?.leaderboard_bonuses ?? [];
  }

  /**
   * Keeps the settings that rankings applies unless what is stored came from a later event (a
   * replayed old one). `changedAt` is the event's time (ISO 8601).
   */
  async set(
    tenantId: string,
    changedAt: string,
    settings: Pick<
      TenantSettingsChangedV1,
      'timeZone' | 'leaderboardBonuses' | 'minActiveMembersForAverage'
    >,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO tenant_settings
         (tenant_id, time_zone, changed_at, leaderboard_bonuses, min_active_members)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id) DO UPDATE SET
         time_zone = EXCLUDED.time_zone, changed_at = EXCLUDED.changed_at,
         leaderboard_bonuses = EXCLUDED.leaderboard_bonuses,
         min_active_members = EXCLUDED.min_active_members
       WHERE tenant_settings.changed_at <= EXCLUDED.changed_at`,
      [
        tenantId,
        settings.timeZone,
        changedAt,
        JSON.stringify(settings.leaderboardBonuses.map(({ rank, points }) => ({ rank, points }))),
        settings.minActiveMembersForAverage ?? null,
      ],
    );
    this.known.delete(tenantId);
  }
}

function scoringOf(row: { time_zone: string; min_active_members: number | null }): TenantScoring {
  return {
    timeZone: row.time_zone,
    ...(row.min_active_members !== null && { minActiveMembers: row.min_active_members }),
  };
}
