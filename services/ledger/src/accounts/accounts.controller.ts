import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { HistoryQuery } from './account-commands.dto';
import { AccountIdPipe } from './account-id.pipe';
import { AccountQueries } from './account-queries';
import { httpErrorOf } from './http-error-of';
import { Ledger } from './ledger';
import { assertReadingFor } from './reading-for';

/**
 * Internal API for the gateway, reads only; the tenant in the path comes from the caller's
 * token. The gateway checks that the account is the caller's, and so does the ledger when the
 * call acts for a signed-in person: only a tenant admin reads another person's account (403
 * otherwise, see assertReadingFor).
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
    @ActingPerson() actor?: Actor,
  ): Promise<{ accountId: string; balance: number }> {
    allowReading(actor, tenant, account);
    return { accountId: account, balance: await this.ledger.balance(tenant, account) };
  }

  @Get('accounts/:account/history')
  history(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
    @Query() query: HistoryQuery,
    @ActingPerson() actor?: Actor,
  ) {
    allowReading(actor, tenant, account);
    return this.queries.history(tenant, account, query.limit, query.before);
  }

  /** The person's balance and whole history, newest first, for their data export. */
  @Get('accounts/:account/statement')
  statement(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
    @ActingPerson() actor?: Actor,
  ) {
    allowReading(actor, tenant, account);
    return this.queries.statement(tenant, account);
  }

  @Get('totals')
  totals(@Param('tenant', TenantIdPipe) tenant: string) {
    return this.queries.totals(tenant);
  }
}

function allowReading(actor: Actor | undefined, tenant: string, account: string): void {
  try {
    assertReadingFor(actor, tenant, account);
  } catch (error) {
    throw httpErrorOf(error);
  }
}
