import {
  AdjustmentDto,
  DonationDto,
  MovementResultDto,
  TransferDto,
} from '@citypoints/http-contracts';
import { Actor, ActingPerson, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { assertActingFor } from '../core/acting-for';
import { AccountCommands } from './account-commands';
import { AccountIdPipe } from './account-id.pipe';

/**
 * Internal API for the gateway: the movements a citizen or a tenant admin asks for. The
 * tenant in the path comes from the caller's token; when the call acts for a signed-in person,
 * the sender (or the adjusting admin) must be that person. Each answers the account's balance
 * right after the movement, in points; see AccountCommands for repeats and refusals.
 */
@Controller('tenants/:tenant/accounts/:account')
export class AccountCommandsController {
  constructor(private readonly commands: AccountCommands) {}

  @Post('transfers')
  @HttpCode(200)
  @ApiOkResponse({ type: MovementResultDto })
  transfer(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
    @Body() body: TransferDto,
    @ActingPerson() actor?: Actor,
  ): Promise<MovementResultDto> {
    assertActingFor(actor, tenant, account, 'account');
    return this.commands.transfer(tenant, account, body);
  }

  @Post('donations')
  @HttpCode(200)
  @ApiOkResponse({ type: MovementResultDto })
  donate(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
    @Body() body: DonationDto,
    @ActingPerson() actor?: Actor,
  ): Promise<MovementResultDto> {
    assertActingFor(actor, tenant, account, 'account');
    return this.commands.donate(tenant, account, body);
  }

  @Post('adjustments')
  @HttpCode(200)
  @ApiOkResponse({ type: MovementResultDto })
  adjust(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('account', AccountIdPipe) account: string,
    @Body() body: AdjustmentDto,
    @ActingPerson() actor?: Actor,
  ): Promise<MovementResultDto> {
    assertActingFor(actor, tenant, body.adjustedBy, 'adjustedBy');
    return this.commands.adjust(tenant, account, body);
  }
}
