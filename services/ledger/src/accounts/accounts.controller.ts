import {
  BalanceDto,
  HistoryDto,
  HistoryQueryDto,
  StatementDto,
  StatisticsQueryDto,
  TotalsDto,
  WeeklyTotalsDto,
  statisticsSpan,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe, assertTenantAdmin } from '@citypoints/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { assertReadingFor } from '../core/reading-for';
import { AccountIdPipe } from './account-id.pipe';
import { AccountQueries } from './account-queries';
import { weeklyTotals } from './weekly-totals';

/**
 * Internal API for the gateway, reads only; the tenant in the path comes from the caller's
 * token. The gateway checks that the account is the caller's, and so does the ledger when the
 * call acts for a signed-in person: only a tenant admin reads another person's account (403
 * otherwise, see assertReadingFor).
 */
@Controller('tenants/:tenant')
export class AccountsController {
  constructor(private readonly queries: AccountQueries) {}

  @Get('accounts/:account/balance')
  @ApiOkResponse({ type: BalanceDto })
  async balance(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
    @ActingPerson() actor?: Actor,
  ): Promise<BalanceDto> {
    assertReadingFor(actor, tenant, account);
    return { accountId: account, balance: await this.queries.balance(tenant, account) };
  }

  @Get('accounts/:account/history')
  @ApiOkResponse({ type: HistoryDto })
  history(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
    @Query() query: HistoryQueryDto,
    @ActingPerson() actor?: Actor,
  ): Promise<HistoryDto> {
    assertReadingFor(actor, tenant, account);
    return this.queries.history(tenant, account, query.limit, query.before);
  }

  /** The person's balance and whole history, newest first, for their data export. */
  @Get('accounts/:account/statement')
  @ApiOkResponse({ type: StatementDto })
  statement(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
    @ActingPerson() actor?: Actor,
  ): Promise<StatementDto> {
    assertReadingFor(actor, tenant, account);
    return this.queries.statement(tenant, account);
  }

  @Get('totals')
  @ApiOkResponse({ type: TotalsDto })
  totals(@Param('tenant', TenantIdPipe) tenant: string): Promise<TotalsDto> {
    return this.queries.totals(tenant);
  }

  /**
   * `totals` per ISO week of the days from–to (UTC, both included; by default the 12 weeks up
   * to today), for the statistics page of issue 16. 403 unless a tenant admin of the tenant; a
   * bad span 400 (statisticsSpan, StatisticsQueryDto).
   */
  @Get('totals/weekly')
  @ApiOkResponse({ type: WeeklyTotalsDto })
  async weeklyTotals(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: StatisticsQueryDto,
    @ActingPerson() actor?: Actor,
  ): Promise<WeeklyTotalsDto> {
    assertTenantAdmin(actor, tenant, 'read its weekly totals');
    const span = statisticsSpan(query, new Date().toISOString().slice(0, 10));
    return weeklyTotals(span, 'UTC', await this.queries.weeklyPoints(tenant, span));
  }
}
