import {
  DEFAULT_LEADERBOARD_LIMIT,
  DEFAULT_STANDING_SPAN,
  LeaderboardPageDto,
  LeaderboardPageQueryDto,
  LeaderboardPathDto,
  LeaderboardPeriodDto,
  LeaderboardStandingDto,
  StandingPathDto,
  StandingQueryDto,
} from '@citypoints/http-contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { Leaderboards } from './leaderboards';

/**
 * Internal API for the gateway, reads only: a tenant's current leaderboards. The tenant comes
 * from the path (and must be the acting person's, see ServiceTokenGuard); every path and query
 * field is checked by its DTO, a wrong one answered 400 naming it.
 */
@Controller('tenants/:tenant/leaderboards/:scope/:period')
export class LeaderboardsController {
  constructor(private readonly leaderboards: Leaderboards) {}

  /** A page of the board, best first. */
  @Get()
  @ApiOkResponse({ type: LeaderboardPageDto })
  page(
    @Param() path: LeaderboardPathDto,
    @Query() query: LeaderboardPageQueryDto,
  ): Promise<LeaderboardPageDto> {
    const { category = 'all', offset = 0, limit = DEFAULT_LEADERBOARD_LIMIT } = query;
    return this.leaderboards.page({ ...path, category }, offset, limit, new Date());
  }

  /** A person's place, with the people just above and just below them. */
  @Get('around/:userId')
  @ApiOkResponse({ type: LeaderboardStandingDto })
  standing(
    @Param() { userId, ...path }: StandingPathDto,
    @Query() query: StandingQueryDto,
  ): Promise<LeaderboardStandingDto> {
    const { category = 'all', span = DEFAULT_STANDING_SPAN } = query;
    return this.leaderboards.standing({ ...path, category }, userId, span, new Date());
  }

  /** The period running now, and when the board starts again from zero. */
  @Get('next-reset')
  @ApiOkResponse({ type: LeaderboardPeriodDto })
  nextReset(@Param() path: LeaderboardPathDto): Promise<LeaderboardPeriodDto> {
    return this.leaderboards.period(path, new Date());
  }
}
