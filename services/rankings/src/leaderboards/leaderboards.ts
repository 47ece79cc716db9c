import { DomainError } from '@citypoints/contracts';
import {
  LeaderboardCategory,
  LeaderboardDto,
  LeaderboardEntryDto,
  LeaderboardPageDto,
  LeaderboardPathDto,
  LeaderboardPeriodDto,
  LeaderboardStandingDto,
} from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { BoardRef } from '../core/rankings-keys';
import { TenantTimeZones } from '../core/tenant-time-zones.store';
import { periodAt } from '../periods/leaderboard-period';
import { BoardReads, BoardRun } from './board-reads';
import { rankPlaces } from './rank-places';

/** What a read names: the tenant's board of a scope, the period running now, a category. */
export type BoardQuery = LeaderboardPathDto & { category: LeaderboardCategory };

/**
 * Reads the tenant's current leaderboards at `now`: pages of the best, a person's place among
 * their neighbours, and when each board resets. People a tenant admin hid are left out, and
 * the others placed among themselves (BoardReads). Places follow standard competition ranking
 * (rankPlaces); tied entries are listed by who reached the score first. Throws DomainError
 * `unknown-tenant` (404) while the tenant's time zone, and so its periods, are unknown.
 */
@Injectable()
export class Leaderboards {
  constructor(
    private readonly timeZones: TenantTimeZones,
    private readonly reads: BoardReads,
  ) {}

  /** `limit` entries from the 0-based position `offset`, best first. */
  async page(
    query: BoardQuery,
    offset: number,
    limit: number,
    now: Date,
  ): Promise<LeaderboardPageDto> {
    const { board, period } = await this.boardAt(query, now);
    const run = await this.reads.page(query.tenant, board, offset, limit);
    return { ...this.describe(query, period, run), offset, entries: entriesOf(run) };
  }

  /**
   * The person's entry with up to `span` entries either side; null, with none, while they
   * have no points on the board or are hidden.
   */
  async standing(
    query: BoardQuery,
    userId: string,
    span: number,
    now: Date,
  ): Promise<LeaderboardStandingDto> {
    const { board, period } = await this.boardAt(query, now);
    const run = await this.reads.around(query.tenant, board, userId, span);
    const entries = entriesOf(run);
    return {
      ...this.describe(query, period, run),
      entry: entries[run.index] ?? null,
      above: run.index < 0 ? [] : entries.slice(0, run.index),
      below: run.index < 0 ? [] : entries.slice(run.index + 1),
    };
  }

  /** The period running at `now`, with its next reset. */
  async period(query: LeaderboardPathDto, now: Date): Promise<LeaderboardPeriodDto> {
    return (await this.boardAt({ ...query, category: 'all' }, now)).period;
  }

  private async boardAt(query: BoardQuery, now: Date) {
    const timeZone = await this.timeZones.of(query.tenant);
    if (timeZone === undefined) {
      throw new DomainError(
        'not-found',
        'unknown-tenant',
        `rankings has no settings of tenant ${query.tenant} yet, so no periods`,
        'tenant',
      );
    }
    const { kind, id, startsAt, nextResetAt } = periodAt(query.period, now, timeZone);
    const board: BoardRef = { scope: query.scope, periodId: id, category: query.category };
    const period: LeaderboardPeriodDto = {
      kind,
      id,
      startsAt: startsAt?.toISOString() ?? null,
      nextResetAt: nextResetAt?.toISOString() ?? null,
      timeZone,
    };
    return { board, period };
  }

  private describe(query: BoardQuery, period: LeaderboardPeriodDto, run: BoardRun): LeaderboardDto {
    return { scope: query.scope, category: query.category, period, total: run.total };
  }
}

function entriesOf(run: BoardRun): LeaderboardEntryDto[] {
  const places = rankPlaces(
    run.entries.map((entry) => entry.score),
    run.start,
  );
  return run.entries.map((entry, i) => ({ place: places[i], ...entry }));
}
