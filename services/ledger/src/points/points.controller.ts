import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { PointsCredits } from './points-credits';

/** Internal API, for the gateway. */
@Controller('tenants/:tenant/accounts/:account')
export class PointsController {
  constructor(private readonly credits: PointsCredits) {}

  @Get('balance')
  async balance(
    @Param('tenant') tenant: string,
    @Param('account', ParseUUIDPipe) account: string,
  ): Promise<{ accountId: string; balance: number }> {
    return { accountId: account, balance: await this.credits.balance(tenant, account) };
  }
}
