import {
  BalanceDto,
  HistoryDto,
  HistoryQueryDto,
  StatementDto,
  TotalsDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { assertReadingFor } from '../core/reading-for';
import { AccountIdPipe } from './account-id.pipe';
import { AccountQueries } from './account-queries';

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
}
