import {
  PartnerStatisticsDto,
  PartnerStatisticsQueryDto,
  statisticsSpan,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe, UuidParamPipe } from '@citypoints/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Partners } from '../partners/partners';
import { partnerStatistics } from './partner-statistics';
import { offersOfPartner, weekCounts } from './statistics.store';

/**
 * Internal API, for the gateway: a partner's statistics (issue 14): its vouchers issued, used,
 * expired and cancelled per offer and per ISO week. For tenant admins and the partner's own
 * staff; another partner's staff get 404 `unknown-partner` (as Partners.get), residents 403
 * `tenant-admins-only`; a bad span 400 (statisticsSpan, PartnerStatisticsQueryDto).
 */
@Controller('tenants/:tenant/partners/:partner/statistics')
export class StatisticsController {
  constructor(
    private readonly db: DataSource,
    private readonly partners: Partners,
  ) {}

  @Get()
  @ApiOkResponse({ type: PartnerStatisticsDto })
  async get(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('partner', new UuidParamPipe('partner')) partner: string,
    @Query() query: PartnerStatisticsQueryDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<PartnerStatisticsDto> {
    const now = new Date();
    // Partner statistics count UTC days.
    const span = statisticsSpan(query, now.toISOString().slice(0, 10));
    await this.partners.get(tenant, partner, await this.partners.callerOf(actor, tenant));
    const [offers, rows] = await Promise.all([
      offersOfPartner(this.db.manager, tenant, partner),
      weekCounts(this.db.manager, tenant, partner, span, now),
    ]);
    return partnerStatistics(partner, span, offers, rows);
  }
}
