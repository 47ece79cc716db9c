import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountQueries } from './account-queries';
import { AdjustmentDto, DonationDto, HistoryQuery, TransferDto } from './account-commands.dto';
import { Ledger } from './ledger';
import { InsufficientPointsError, InvalidMovementError, Movement, POINTS_ISSUED } from './movement';
import { TenantIdPipe } from './tenant-id.pipe';

type MovementResult = { balance: number };

/**
 * Internal API, for the gateway, which has already checked who the caller is and that the
 * account is theirs; the tenant in the path comes from the caller's token.
 */
@Controller('tenants/:tenant')
export class AccountsController {
  constructor(
    private readonly db: DataSource,
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
    return this.move(tenant, account, {
      id: `transfer:${body.transferId}`,
      kind: 'transfer',
      from: account,
      to: body.to,
      amount: body.points,
      reason: 'gift',
    });
  }

  @Post('accounts/:account/donations')
  @HttpCode(200)
  donate(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', ParseUUIDPipe) account: string,
    @Body() body: DonationDto,
  ): Promise<MovementResult> {
    return this.move(tenant, account, {
      id: `donate:${body.donationId}`,
      kind: 'donate',
      from: account,
      to: `cause:${body.causeId}`,
      amount: body.points,
      reason: 'donation',
    });
  }

  @Post('accounts/:account/adjustments')
  @HttpCode(200)
  adjust(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', ParseUUIDPipe) account: string,
    @Body() body: AdjustmentDto,
  ): Promise<MovementResult> {
    const credit = body.points > 0;
    return this.move(tenant, account, {
      id: `adjust:${body.adjustmentId}`,
      kind: 'adjust',
      from: credit ? POINTS_ISSUED : account,
      to: credit ? account : POINTS_ISSUED,
      amount: Math.abs(body.points),
      reason: `adjusted by ${body.adjustedBy}: ${body.reason}`,
    });
  }

  private async move(
    tenantId: string,
    account: string,
    movement: Omit<Movement, 'tenantId' | 'correlationId'>,
  ): Promise<MovementResult> {
    try {
      await this.db.transaction((tx) =>
        this.ledger.record({ ...movement, tenantId, correlationId: movement.id }, tx),
      );
    } catch (error) {
      if (error instanceof InvalidMovementError) throw new BadRequestException(error.message);
      if (error instanceof InsufficientPointsError) throw new ConflictException(error.message);
      throw error;
    }
    // A repeated request id is answered like the first, without moving anything again.
    return { balance: await this.ledger.balance(tenantId, account) };
  }
}
