import { DomainError } from '@citypoints/contracts';
import { LeaderboardPeriodDto, LeaderboardPeriodKind } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { periodAt } from '../periods/leaderboard-period';
import { TenantTimeZones } from './tenant-time-zones.store';

/** The leaderboard periods running in a tenant's calendar. */
@Injectable()
export class TenantPeriods {
  constructor(private readonly timeZones: TenantTimeZones) {}

  /**
   * The tenant's period of `kind` running at `now`, with its next reset (see periodAt). Throws
   * DomainError `unknown-tenant` (404, field tenant) while the tenant's time zone, and so its
   * periods, are unknown.
   */
  async running(
    tenantId: string,
    kind: LeaderboardPeriodKind,
    now: Date,
  ): Promise<LeaderboardPeriodDto> {
    const timeZone = await this.timeZones.of(tenantId);
    if (timeZone === undefined) {
      throw new DomainError(
        'not-found',
        'unknown-tenant',
        `rankings has no settings of tenant ${tenantId} yet, so no periods`,
        'tenant',
      );
    }
    const { id, startsAt, nextResetAt } = periodAt(kind, now, timeZone);
    return {
      kind,
      id,
      startsAt: startsAt?.toISOString() ?? null,
      nextResetAt: nextResetAt?.toISOString() ?? null,
      timeZone,
    };
  }
}
