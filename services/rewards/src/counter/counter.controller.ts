import {
  CancelVoucherDto,
  CounterVoucherDto,
  VoucherLookupQueryDto,
  VoucherUseInputDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { Partners } from '../partners/partners';
import { Counter } from './counter';

/**
 * Internal API, for the gateway: a partner's counter looks a voucher up, uses it, or cancels it
 * unused (the partner's staff, or a tenant admin). POST …/use and …/cancellation are 200, not
 * 201: they create nothing, they change the voucher.
 */
@Controller('tenants/:tenant/vouchers')
export class CounterController {
  constructor(
    private readonly counter: Counter,
    private readonly partners: Partners,
  ) {}

  @Get('lookup')
  @ApiOkResponse({ type: CounterVoucherDto })
  async lookup(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: VoucherLookupQueryDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<CounterVoucherDto> {
    return this.counter.lookup(tenant, await this.partners.callerOf(actor, tenant), query.code);
  }

  @Post('use')
  @HttpCode(200)
  @ApiOkResponse({ type: CounterVoucherDto })
  async use(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: VoucherUseInputDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<CounterVoucherDto> {
    return this.counter.use(tenant, await this.partners.callerOf(actor, tenant), input);
  }

  @Post('cancellation')
  @HttpCode(200)
  @ApiOkResponse({ type: CounterVoucherDto })
  async cancel(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: CancelVoucherDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<CounterVoucherDto> {
    return this.counter.cancel(tenant, await this.partners.callerOf(actor, tenant), input);
  }
}
