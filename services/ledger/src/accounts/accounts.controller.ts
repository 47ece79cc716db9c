import { TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { HistoryQuery } from './account-commands.dto';
import { AccountIdPipe } from './account-id.pipe';
import { AccountQueries } from './account-queries';
import { Ledger } from './ledger';

/**
 * Internal API for the gateway, which has already checked who the caller is and that the
 * account is theirs; the tenant in the path comes from the caller's token. Reads only.
 */
@Controller('tenants/:tenant')
export class AccountsController {
  constructor(
    private readonly ledger: Ledger,
    private readonly queries: AccountQueries,
  ) {}

  @Get('accounts/:account/balance')
  async balance(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
  ): Promise<{ accountId: string; balance: number }> {
    return { accountId: account, balance: await this.ledger.balance(tenant, account) };
  }

  @Get('accounts/:account/history')
  history(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
    @Query() query: HistoryQuery,
  ) {
    return this.queries.history(tenant, account, query.limit, query.before);
  }

  /** The person's balance and whole history, newest first, for their data export. */
  @Get('accounts/:account/statement')
  statement(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
  ) {
    return this.queries.statement(tenant, account);
  }

  @Get('totals')
  totals(@Param('tenant', TenantIdPipe) tenant: string) {
    return this.queries.totals(tenant);
  }
}
