import {
  ClosedLeaderboardPeriodDto,
  ClosedLeaderboardPeriodQueryDto,
  DEFAULT_LEADERBOARD_LIMIT,
  LeaderboardPeriodPathDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor } from '@citypoints/platform';
import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { assertMayClose } from './assert-may-close';
import { PeriodClosures } from './period-closures';

/**
 * Internal API: a tenant's closed leaderboard periods, read from Postgres, and the close of
 * one that has ended, now (tenant admins and platform tools; the closer does it on its own
 * too). The tenant must be the acting person's (ServiceTokenGuard).
 */
@Controller('tenants/:tenant/leaderboard-periods/:period')
export class PeriodCloseController {
  constructor(private readonly closures: PeriodClosures) {}

  /** The closed period: bonus rules, winners, a page of people's and groups' standings. */
  @Get()
  @ApiOkResponse({ type: ClosedLeaderboardPeriodDto })
  read(
    @Param() { tenant, period }: LeaderboardPeriodPathDto,
    @Query() { offset = 0, limit = DEFAULT_LEADERBOARD_LIMIT }: ClosedLeaderboardPeriodQueryDto,
  ): Promise<ClosedLeaderboardPeriodDto> {
    return this.closures.read(tenant, period, { offset, limit });
  }

  /**
   * Closes the period if it has ended (409 `period-not-ended` otherwise): 201 when this call
   * closed it, 200 when it was closed already (nothing changes, nothing is published again).
   */
  @Post('closure')
  @ApiCreatedResponse({ type: ClosedLeaderboardPeriodDto })
  @ApiOkResponse({ type: ClosedLeaderboardPeriodDto })
  async close(
    @Param() { tenant, period }: LeaderboardPeriodPathDto,
    @ActingPerson() actor: Actor | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClosedLeaderboardPeriodDto> {
    assertMayClose(actor, tenant);
    const { closedNow } = await this.closures.close(tenant, period, new Date());
    reply.status(closedNow ? 201 : 200);
    return this.closures.read(tenant, period, { offset: 0, limit: DEFAULT_LEADERBOARD_LIMIT });
  }
}
