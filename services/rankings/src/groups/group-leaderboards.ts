import {
  GroupContributionsDto,
  GroupLeaderboardDto,
  GroupLeaderboardEntryDto,
  GroupLeaderboardPageDto,
  GroupRanking,
  GroupStandingDto,
  LeaderboardCategory,
  MemberGroupStandingDto,
  MemberGroupsStandingDto,
  LeaderboardPeriodDto,
  LeaderboardPeriodKind,
} from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { TenantPeriods } from '../core/tenant-periods';
import { TenantTimeZones } from '../core/tenant-time-zones.store';
import { rankPlaces } from '../leaderboards/rank-places';
import { RankingsConfig } from '../rankings-config';
import { GroupBoardReads, GroupRun } from './group-board-reads';
import { GroupMemberships } from './group-memberships';

/** What a read of a group board names: the tenant, the period running now, which points. */
export interface GroupBoardQuery {
  tenant: string;
  period: LeaderboardPeriodKind;
  category: LeaderboardCategory;
}

/**
 * Reads the tenant's current group boards at `now`: pages by total or by average per active
 * member, a group's place among its neighbours, and what each member contributed. Places
 * follow standard competition ranking (rankPlaces), as for people; tied groups are listed by
 * who reached the score first. Throws DomainError `unknown-tenant` (404) while the tenant's
 * calendar is unknown, `unknown-group` (404) for a group the tenant does not have.
 */
@Injectable()
export class GroupLeaderboards {
  private readonly minActiveMembers: number;

  constructor(
    private readonly periods: TenantPeriods,
    private readonly reads: GroupBoardReads,
    private readonly memberships: GroupMemberships,
    private readonly timeZones: TenantTimeZones,
    config: RankingsConfig,
  ) {
    this.minActiveMembers = config.MIN_ACTIVE_MEMBERS_FOR_AVERAGE;
  }

  /** `limit` groups from the 0-based position `offset`, best first. */
  async page(
    query: GroupBoardQuery,
    ranking: GroupRanking,
    offset: number,
    limit: number,
    now: Date,
  ): Promise<GroupLeaderboardPageDto> {
    const period = await this.periods.running(query.tenant, query.period, now);
    const board = { periodId: period.id, category: query.category };
    const run = await this.reads.page(query.tenant, board, ranking, offset, limit);
    const described = await this.describe(query, ranking, period, run.total);
    return { ...described, offset, entries: entriesOf(run) };
  }

  /** The group's place (null while not on the board) with up to `span` groups either side. */
  async standing(
    query: GroupBoardQuery,
    ranking: GroupRanking,
    groupId: string,
    span: number,
    now: Date,
  ): Promise<GroupStandingDto> {
    const period = await this.periods.running(query.tenant, query.period, now);
    await this.memberships.requireGroup(query.tenant, groupId);
    const board = { periodId: period.id, category: query.category };
    const run = await this.reads.around(query.tenant, board, ranking, groupId, span);
    const entries = entriesOf(run);
    return {
      ...(await this.describe(query, ranking, period, run.total)),
      groupId,
      ...run.own,
      entry: entries[run.index] ?? null,
      above: run.index < 0 ? [] : entries.slice(0, run.index),
      below: run.index < 0 ? [] : entries.slice(run.index + 1),
    };
  }

  /**
   * The groups `userId` belongs to at `now`, each with its points, active members and place on
   * the board (null while off it), placed groups best first, then the others by id. None for a
   * person in no group, or unknown.
   */
  async memberGroups(
    query: GroupBoardQuery,
    ranking: GroupRanking,
    userId: string,
    now: Date,
  ): Promise<MemberGroupsStandingDto> {
    const period = await this.periods.running(query.tenant, query.period, now);
    const board = { periodId: period.id, category: query.category };
    const groupIds = await this.memberships.groupsAt(query.tenant, userId, now);
    const groups: MemberGroupStandingDto[] = [];
    for (const groupId of groupIds) {
      const run = await this.reads.around(query.tenant, board, ranking, groupId, 0);
      groups.push({ groupId, ...run.own, entry: entriesOf(run)[run.index] ?? null });
    }
    const placeOf = ({ entry }: MemberGroupStandingDto) => entry?.place ?? Infinity;
    groups.sort((a, b) => placeOf(a) - placeOf(b));
    const total = await this.reads.size(query.tenant, board, ranking);
    return { ...(await this.describe(query, ranking, period, total)), userId, groups };
  }

  /** `limit` of the group's members' contributions from `offset`, most points first. */
  async contributions(
    query: GroupBoardQuery,
    groupId: string,
    offset: number,
    limit: number,
    now: Date,
  ): Promise<GroupContributionsDto> {
    const period = await this.periods.running(query.tenant, query.period, now);
    await this.memberships.requireGroup(query.tenant, groupId);
    const board = { periodId: period.id, category: query.category };
    const read = await this.reads.contributions(query.tenant, board, groupId, offset, limit);
    return { groupId, category: query.category, period, offset, ...read };
  }

  // The board's facts; the average's minimum is the tenant's own when it set one.
  private async describe(
    query: GroupBoardQuery,
    ranking: GroupRanking,
    period: LeaderboardPeriodDto,
    total: number,
  ): Promise<GroupLeaderboardDto> {
    const { category, tenant } = query;
    const scoring = await this.timeZones.scoringOf(tenant);
    const minActiveMembers = scoring?.minActiveMembers ?? this.minActiveMembers;
    return { ranking, category, period, total, minActiveMembers };
  }
}

function entriesOf(run: GroupRun): GroupLeaderboardEntryDto[] {
  const places = rankPlaces(
    run.entries.map((entry) => entry.score),
    run.start,
  );
  return run.entries.map((entry, i) => ({ place: places[i], ...entry }));
}
