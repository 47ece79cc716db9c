import {
  PartnerDto,
  PartnerInputDto,
  PartnerListDto,
  PartnerReplacementDto,
  PartnerStaffDto,
} from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe, UuidParamPipe } from '@citypoints/platform';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { assertTenantAdmin } from './assert-tenant-admin';
import { Partner } from './partner';
import { partnerFieldsOf } from './partner-fields-of';
import { Partners } from './partners';

const MANAGE = 'manage partners';

/**
 * Internal API, for the gateway: a tenant's admins manage its partners and bind partner-staff
 * accounts to them (403 `tenant-admins-only` for anyone else); a partner's staff read their own
 * partner (404 `unknown-partner` for another). See Partners for the refusals.
 */
@Controller('tenants/:tenant/partners')
export class PartnersController {
  constructor(private readonly partners: Partners) {}

  @Post()
  @ApiCreatedResponse({ type: PartnerDto })
  async create(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: PartnerInputDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Partner> {
    assertTenantAdmin(await this.partners.callerOf(actor, tenant), MANAGE);
    return this.partners.create(tenant, partnerFieldsOf(input));
  }

  @Get()
  @ApiOkResponse({ type: PartnerListDto })
  async list(
    @Param('tenant', TenantIdPipe) tenant: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<{ partners: Partner[] }> {
    const caller = await this.partners.callerOf(actor, tenant);
    return { partners: await this.partners.list(tenant, caller) };
  }

  @Get(':partner')
  @ApiOkResponse({ type: PartnerDto })
  async get(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('partner', new UuidParamPipe('partner')) partner: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Partner> {
    return this.partners.get(tenant, partner, await this.partners.callerOf(actor, tenant));
  }

  @Put(':partner')
  @ApiOkResponse({ type: PartnerDto })
  async replace(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('partner', new UuidParamPipe('partner')) partner: string,
    @Body() input: PartnerReplacementDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<Partner> {
    assertTenantAdmin(await this.partners.callerOf(actor, tenant), MANAGE);
    return this.partners.replace(tenant, partner, partnerFieldsOf(input), input.version);
  }

  /** Binds a partner-staff account to the partner: it then manages that partner's offers. */
  @Put(':partner/staff/:userId')
  @ApiOkResponse({ type: PartnerStaffDto })
  async bindStaff(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('partner', new UuidParamPipe('partner')) partner: string,
    @Param('userId', new UuidParamPipe('userId')) userId: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<PartnerStaffDto> {
    assertTenantAdmin(await this.partners.callerOf(actor, tenant), MANAGE);
    await this.partners.bindStaff(tenant, partner, userId);
    return { partnerId: partner, userId };
  }

  @Delete(':partner/staff/:userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async unbindStaff(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('partner', new UuidParamPipe('partner')) partner: string,
    @Param('userId', new UuidParamPipe('userId')) userId: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<void> {
    assertTenantAdmin(await this.partners.callerOf(actor, tenant), MANAGE);
    await this.partners.unbindStaff(tenant, partner, userId);
  }
}
