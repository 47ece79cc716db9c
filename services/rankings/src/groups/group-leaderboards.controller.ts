import {
  DEFAULT_LEADERBOARD_LIMIT,
  DEFAULT_STANDING_SPAN,
  GroupContributionsDto,
  GroupLeaderboardPageDto,
  GroupLeaderboardPageQueryDto,
  GroupLeaderboardPathDto,
  GroupPathDto,
  GroupStandingDto,
  GroupStandingQueryDto,
  LeaderboardPageQueryDto,
  LeaderboardPeriodDto,
  MemberGroupsPathDto,
  MemberGroupsQueryDto,
  MemberGroupsStandingDto,
} from '@citypoints/http-contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { TenantPeriods } from '../core/tenant-periods';
import { GroupLeaderboards } from './group-leaderboards';

/**
 * Internal API for the gateway, reads only: a tenant's current group boards. The tenant comes
 * from the path (and must be the acting person's, see ServiceTokenGuard); every path and query
 * field is checked by its DTO, a wrong one answered 400 naming it; a group the tenant does not
 * have is 404 `unknown-group`.
 */
@Controller('tenants/:tenant/leaderboards/groups/:period')
export class GroupLeaderboardsController {
  constructor(
    private readonly groupBoards: GroupLeaderboards,
    private readonly periods: TenantPeriods,
  ) {}

  /** A page of the group board by `ranking` (total or average per active member), best first. */
  @Get()
  @ApiOkResponse({ type: GroupLeaderboardPageDto })
  page(
    @Param() path: GroupLeaderboardPathDto,
    @Query() query: GroupLeaderboardPageQueryDto,
  ): Promise<GroupLeaderboardPageDto> {
    const { category = 'all', ranking = 'total', offset = 0 } = query;
    const limit = query.limit ?? DEFAULT_LEADERBOARD_LIMIT;
    return this.groupBoards.page({ ...path, category }, ranking, offset, limit, new Date());
  }

  /** A group's place, with the groups just above and just below it. */
  @Get('around/:groupId')
  @ApiOkResponse({ type: GroupStandingDto })
  standing(
    @Param() { groupId, ...path }: GroupPathDto,
    @Query() query: GroupStandingQueryDto,
  ): Promise<GroupStandingDto> {
    const { category = 'all', ranking = 'total', span = DEFAULT_STANDING_SPAN } = query;
    const board = { ...path, category };
    return this.groupBoards.standing(board, ranking, groupId, span, new Date());
  }

  /** The groups the person belongs to now, each with its place on the board. */
  @Get('of/:userId')
  @ApiOkResponse({ type: MemberGroupsStandingDto })
  memberGroups(
    @Param() { userId, ...path }: MemberGroupsPathDto,
    @Query() query: MemberGroupsQueryDto,
  ): Promise<MemberGroupsStandingDto> {
    const { category = 'all', ranking = 'total' } = query;
    return this.groupBoards.memberGroups({ ...path, category }, ranking, userId, new Date());
  }

  /** What each member added to the group's points in the period while a member, most first. */
  @Get('members/:groupId')
  @ApiOkResponse({ type: GroupContributionsDto })
  contributions(
    @Param() { groupId, ...path }: GroupPathDto,
    @Query() query: LeaderboardPageQueryDto,
  ): Promise<GroupContributionsDto> {
    const { category = 'all', offset = 0, limit = DEFAULT_LEADERBOARD_LIMIT } = query;
    const board = { ...path, category };
    return this.groupBoards.contributions(board, groupId, offset, limit, new Date());
  }

  /** The period running now, and when the group boards start again from zero. */
  @Get('next-reset')
  @ApiOkResponse({ type: LeaderboardPeriodDto })
  nextReset(@Param() { tenant, period }: GroupLeaderboardPathDto): Promise<LeaderboardPeriodDto> {
    return this.periods.running(tenant, period, new Date());
  }
}
