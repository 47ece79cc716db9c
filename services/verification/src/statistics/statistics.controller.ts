import {
  StatisticsQueryDto,
  TenantStatisticsDto,
  statisticsSpan,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe, assertTenantAdmin } from '@citypoints/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { timeZoneOf } from '../activity-catalogue/tenant-settings.store';
import { impactSums, participationCounts } from './statistics.store';
import { tenantStatistics } from './tenant-statistics';

/**
 * Internal API, for the gateway: the tenant's statistics (issue 16's statistics page) — verified
 * participations per ISO week and category, active residents and impact totals, in days and
 * weeks of the tenant's time zone (UTC while identity's settings have not reached verification).
 * For tenant admins only (403 `tenant-admins-only`); a bad span 400 (statisticsSpan,
 * StatisticsQueryDto).
 */
@Controller('tenants/:tenant/statistics')
export class StatisticsController {
  constructor(private readonly db: DataSource) {}

  @Get()
  async get(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: StatisticsQueryDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<TenantStatisticsDto> {
    assertTenantAdmin(actor, tenant, 'read its statistics');
    const timeZone = (await timeZoneOf(this.db, tenant)) ?? 'UTC';
    const today = DateTime.now().setZone(timeZone).toFormat('yyyy-MM-dd');
    const span = { ...statisticsSpan(query, today), timeZone };
    const [counts, impact] = await Promise.all([
      participationCounts(this.db.manager, tenant, span),
      impactSums(this.db.manager, tenant, span),
    ]);
    return tenantStatistics(span, timeZone, counts, impact);
  }
}
