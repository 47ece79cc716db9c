import { LeaderboardBonus } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Each tenant's IANA time zone, from identity's TenantSettingsChanged (table
 * `tenant_settings`): the calendar its leaderboards' weeks, months and years follow; and its
 * bonus rules, the points each rank gets when a period closes.
 */
@Injectable()
export class TenantTimeZones {
  constructor(private readonly db: DataSource) {}

  /**
   * The tenant's time zone, or undefined while its settings have not arrived. No default on
   * purpose: a guessed zone would put points near midnight in the wrong week or month.
   */
  async of(tenantId: string): Promise<string | undefined> {
    const [row] = await this.db.query(
      `SELECT time_zone FROM tenant_settings WHERE tenant_id = $1`,
      [tenantId],
    );
    return row?.time_zone;
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
   * Keeps `timeZone` and the bonus rules unless what is stored came from a later event (a
   * replayed old one).
   */
  async set(
    tenantId: string,
    timeZone: string,
    changedAt: string,
    bonuses: readonly LeaderboardBonus[] = [],
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO tenant_settings (tenant_id, time_zone, changed_at, leaderboard_bonuses)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id) DO UPDATE SET
         time_zone = EXCLUDED.time_zone, changed_at = EXCLUDED.changed_at,
         leaderboard_bonuses = EXCLUDED.leaderboard_bonuses
       WHERE tenant_settings.changed_at <= EXCLUDED.changed_at`,
      [
        tenantId,
        timeZone,
        changedAt,
        JSON.stringify(bonuses.map(({ rank, points }) => ({ rank, points }))),
      ],
    );
  }
}
