import { TenantIdPipe } from '@citypoints/platform';
import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { AccountQueries } from './account-queries';
import { AdjustmentDto, DonationDto, HistoryQuery, TransferDto } from './account-commands.dto';
import { Ledger } from './ledger';
import { InsufficientPointsError, InvalidMovementError } from './movement';
import { AccountCommands } from './account-commands';
import { ClosedAccountError, UnknownAccountError } from './account-registry';

type MovementResult = { balance: number };

/**
 * Internal API, for the gateway, which has already checked who the caller is and that the
 * account is theirs; the tenant in the path comes from the caller's token.
 */
@Controller('tenants/:tenant')
export class AccountsController {
  constructor(
    private readonly commands: AccountCommands,
    private readonly ledger: Ledger,
    private readonly queries: AccountQueries,
  ) {}

  @Get('accounts/:account/balance')
  async balance(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', ParseUUIDPipe) account: string,
  ): Promise<{ accountId: string; balance: number }> {
    return { accountId: account, balance: await this.ledger.balance(tenant, account) };
  }

  @Get('accounts/:account/history')
  history(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', ParseUUIDPipe) account: string,
    @Query() query: HistoryQuery,
  ) {
    return this.queries.history(tenant, account, query.limit, query.before);
  }

  @Get('totals')
  totals(@Param('tenant', TenantIdPipe) tenant: string) {
    return this.queries.totals(tenant);
  }

  @Post('accounts/:account/transfers')
  @HttpCode(200)
  transfer(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', ParseUUIDPipe) account: string,
    @Body() body: TransferDto,
  ): Promise<MovementResult> {
    return this.answer(tenant, account, this.commands.transfer(tenant, account, body));
  }

  @Post('accounts/:account/donations')
  @HttpCode(200)
  donate(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', ParseUUIDPipe) account: string,
    @Body() body: DonationDto,
  ): Promise<MovementResult> {
    return this.answer(tenant, account, this.commands.donate(tenant, account, body));
  }

  @Post('accounts/:account/adjustments')
  @HttpCode(200)
  adjust(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', ParseUUIDPipe) account: string,
    @Body() body: AdjustmentDto,
  ): Promise<MovementResult> {
    return this.answer(tenant, account, this.commands.adjust(tenant, account, body));
  }

  // A repeated command id is answered like the first, without moving anything again.
  private async answer(tenantId: string, account: string, command: Promise<void>) {
    try {
      await command;
    } catch (error) {
      throw httpErrorOf(error);
    }
    return { balance: await this.ledger.balance(tenantId, account) };
  }
}

function httpErrorOf(error: unknown): unknown {
  if (error instanceof InvalidMovementError) return new BadRequestException(error.message);
  if (error instanceof UnknownAccountError) return new NotFoundException(error.message);
  if (error instanceof InsufficientPointsError || error instanceof ClosedAccountError) {
    return new ConflictException(error.message);
  }
  return error;
}
