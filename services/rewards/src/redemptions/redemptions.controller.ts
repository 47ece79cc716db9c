import {
  RedemptionAcceptedDto,
  RedemptionDto,
  RedemptionInputDto,
} from '@citypoints/http-contracts';
import {
  ActingPerson,
  Actor,
  TenantIdPipe,
  UuidParamPipe,
  idempotencyKeyOf,
} from '@citypoints/platform';
import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse } from '@nestjs/swagger';
import { Redemptions } from './redemptions';

const REDEMPTION = new UuidParamPipe('redemption');

/**
 * Internal API, for the gateway: a resident redeems an offer (202: the ledger is asked for the
 * points; the outcome is read with GET), and reads the redemption with its voucher.
 */
@Controller('tenants/:tenant/redemptions')
export class RedemptionsController {
  constructor(private readonly redemptions: Redemptions) {}

  @Post()
  @HttpCode(202)
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'a new UUID per redemption' })
  @ApiAcceptedResponse({ type: RedemptionAcceptedDto })
  request(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: RedemptionInputDto,
    @Headers('idempotency-key') key: string | undefined,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<RedemptionAcceptedDto> {
    return this.redemptions.request(
      tenant,
      actor,
      idempotencyKeyOf(key, 'redemption'),
      input.offerId,
    );
  }

  @Get(':redemption')
  @ApiOkResponse({ type: RedemptionDto })
  get(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('redemption', REDEMPTION) redemption: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<RedemptionDto> {
    return this.redemptions.get(tenant, redemption, actor);
  }
}
