import {
  createEvent,
  DomainError,
  LeaderboardBonus,
  LeaderboardPeriodClosed,
  LeaderboardPeriodClosedV1,
  PlaceAward,
  Topics,
} from '@citypoints/contracts';
import { ClosedLeaderboardPeriodDto, ClosedPersonStandingDto } from '@citypoints/http-contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TenantTimeZones } from '../core/tenant-time-zones.store';
import { ClosablePeriod, closablePeriod } from './closable-period';
import { ClosedPeriodsStore } from './closed-periods.store';
import { PeriodBoards } from './period-boards';
import { closedStandings, ClosedStanding, placeAwards } from './place-awards';

const RANKINGS_SOURCE = '/citypoints/rankings';
// LeaderboardPeriodClosed carries at most this many awards; more (ties) go in further events.
const AWARDS_PER_EVENT = 1000;

/** What a close did: closed the period now, or found it closed already. */
export interface PeriodClosure {
  closedNow: boolean;
}

/**
 * Closes a tenant's leaderboard periods that have ended in its calendar: saves the final
 * standings of people (hidden people left out) and of groups by total to Postgres, and
 * publishes LeaderboardPeriodClosed through the outbox with the tenant's bonus rules applied,
 * in one transaction guarded by `closed_period`'s key, so that a period closes once however
 * many closers run. Only then are its Redis boards removed; a closed period is read from
 * Postgres.
 */
@Injectable()
export class PeriodClosures {
  private readonly logger = new Logger(PeriodClosures.name);

  constructor(
    private readonly db: DataSource,
    private readonly timeZones: TenantTimeZones,
    private readonly store: ClosedPeriodsStore,
    private readonly boards: PeriodBoards,
  ) {}

  /**
   * Closes the tenant's period `periodId` if it has ended by `now`. Throws DomainError
   * `unknown-tenant` (404) while the tenant's time zone is unknown, `invalid-period` (400) for
   * an id that names no week, month or year, `period-not-ended` (409) before its end.
   */
  async close(tenantId: string, periodId: string, now: Date): Promise<PeriodClosure> {
    const timeZone = await this.timeZoneOf(tenantId);
    const period = closablePeriod(periodId, timeZone);
    if (period.nextResetAt > now) {
      throw new DomainError(
        'conflict',
        'period-not-ended',
        `${periodId} of ${tenantId} runs until ${period.nextResetAt.toISOString()}`,
        'period',
      );
    }
    const closedNow = await this.closeEnded(tenantId, period, timeZone, now);
    // After the commit only: had it failed, the boards would still be there to close from.
    await this.boards.remove(tenantId, periodId);
    return { closedNow };
  }

  /**
   * Closes every period that Redis holds boards of and that ended at least `graceMs` before
   * `now` (so that scores still on their way count); each failure is logged, and the others
   * close.
   */
  async closeAllEnded(now: Date, graceMs: number): Promise<void> {
    for (const { tenantId, periodId } of await this.boards.find()) {
      try {
        const timeZone = await this.timeZones.of(tenantId);
        if (timeZone === undefined) continue;
        const period = closablePeriod(periodId, timeZone);
        if (period.nextResetAt.getTime() > now.getTime() - graceMs) continue;
        await this.close(tenantId, periodId, now);
      } catch (error) {
        this.logger.error(`could not close ${periodId} of ${tenantId}: ${error}`);
      }
    }
  }

  /**
   * The tenant's closed period: its rules, winners and a page of people's and groups' final
   * standings. Throws DomainError `period-not-closed` (404) while it is not closed.
   */
  async read(
    tenantId: string,
    periodId: string,
    page: { offset: number; limit: number },
  ): Promise<ClosedLeaderboardPeriodDto> {
    const closed = await this.store.period(tenantId, 'individual', periodId);
    if (!closed) {
      throw new DomainError(
        'not-found',
        'period-not-closed',
        `${periodId} of ${tenantId} has not been closed`,
        'period',
      );
    }
    const people = await this.store.standings(tenantId, 'individual', periodId, page);
    const groups = await this.store.standings(tenantId, 'group', periodId, page);
    const winners = await this.store.standings(tenantId, 'individual', periodId, 'winners');
    return {
      id: closed.periodId,
      kind: closed.kind,
      startsAt: closed.startsAt.toISOString(),
      endsAt: closed.endsAt.toISOString(),
      timeZone: closed.timeZone,
      closedAt: closed.closedAt.toISOString(),
      bonuses: closed.bonuses,
      winners: winners.map(personOf),
      people: {
        total: await this.store.count(tenantId, 'individual', periodId),
        offset: page.offset,
        entries: people.map(personOf),
      },
      groups: {
        total: await this.store.count(tenantId, 'group', periodId),
        offset: page.offset,
        entries: groups.map(({ place, id, score }) => ({ place, groupId: id, score })),
      },
    };
  }

  private async closeEnded(
    tenantId: string,
    period: ClosablePeriod,
    timeZone: string,
    now: Date,
  ): Promise<boolean> {
    const bonuses = await this.timeZones.bonusesOf(tenantId);
    const hidden = await this.store.hiddenPeople(tenantId);
    const shown = (await this.boards.people(tenantId, period.id)).filter(
      ({ id }) => !hidden.has(id),
    );
    const people = closedStandings(shown, bonuses);
    const groups = closedStandings(await this.boards.groups(tenantId, period.id), []);
    return this.db.transaction(async (tx) => {
      const insert = (scope: 'individual' | 'group', rules: readonly LeaderboardBonus[]) =>
        this.store.insertPeriod(tx, tenantId, scope, period, timeZone, rules, now);
      if (!(await insert('individual', bonuses))) return false;
      await insert('group', []);
      await this.store.insertStandings(tx, tenantId, 'individual', period.id, people);
      await this.store.insertStandings(tx, tenantId, 'group', period.id, groups);
      await publishClosed(tx, tenantId, period.id, placeAwards(people));
      return true;
    });
  }

  private async timeZoneOf(tenantId: string): Promise<string> {
    const timeZone = await this.timeZones.of(tenantId);
    if (timeZone !== undefined) return timeZone;
    throw new DomainError(
      'not-found',
      'unknown-tenant',
      `rankings has no settings of tenant ${tenantId} yet, so no periods`,
      'tenant',
    );
  }
}

function personOf({ place, id, score, bonus }: ClosedStanding): ClosedPersonStandingDto {
  return { place, userId: id, score, bonus: bonus ?? null };
}

// One event, or more when ties award more people than one event carries; the ledger pays once
// per scope, period and person, however the awards are split.
async function publishClosed(
  tx: EntityManager,
  tenantId: string,
  period: string,
  awards: PlaceAward[],
): Promise<void> {
  const chunks: PlaceAward[][] = [];
  for (let from = 0; from === 0 || from < awards.length; from += AWARDS_PER_EVENT) {
    chunks.push(awards.slice(from, from + AWARDS_PER_EVENT));
  }
  await appendToOutbox(
    tx,
    chunks.map((chunk) => ({
      topic: Topics.rankings,
      key: `${tenantId}:individual:${period}`,
      event: createEvent<LeaderboardPeriodClosedV1>(
        LeaderboardPeriodClosed,
        { scope: 'individual', period, awards: chunk },
        { source: RANKINGS_SOURCE, tenantid: tenantId, subject: `individual:${period}` },
      ),
    })),
  );
}
