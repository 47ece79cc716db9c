import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { Ledger } from './ledger';

/** Internal API, for the gateway. */
@Controller('tenants/:tenant/accounts/:account')
export class AccountsController {
  constructor(private readonly ledger: Ledger) {}

  @Get('balance')
  async balance(
    @Param('tenant') tenant: string,
    @Param('account', ParseUUIDPipe) account: string,
  ): Promise<{ accountId: string; balance: number }> {
    return { accountId: account, balance: await this.ledger.balance(tenant, account) };
  }
}
