import { TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { CreateTenantDto, TenantSettingsDto } from '@citypoints/http-contracts';
import { Tenant } from './tenant';
import { Tenants } from './tenants';

/**
 * Internal API, for the gateway, which lets only platform operators create tenants and only
 * the tenant's admins change its settings.
 */
@Controller('tenants')
export class TenantsController {
  constructor(private readonly tenants: Tenants) {}

  @Post()
  create(@Body() input: CreateTenantDto): Promise<Tenant> {
    return this.tenants.create(input);
  }

  @Get(':tenant')
  get(@Param('tenant', TenantIdPipe) tenant: string): Promise<Tenant> {
    return this.tenants.get(tenant);
  }

  @Patch(':tenant/settings')
  updateSettings(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() settings: TenantSettingsDto,
  ): Promise<Tenant> {
    return this.tenants.updateSettings(tenant, settings);
  }
}
