import { TenantIdPipe } from '@citypoints/platform';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Put,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExpiryPolicyDto } from './expiry-policy.dto';

/** Internal API: a tenant admin's points expiry policy, through the gateway. */
@Controller('tenants/:tenant/expiry-policy')
export class ExpiryPolicyController {
  constructor(private readonly db: DataSource) {}

  @Get()
  async get(@Param('tenant', TenantIdPipe) tenant: string): Promise<ExpiryPolicyDto> {
    const [policy] = await this.db.query(
      `SELECT months, set_by AS "setBy" FROM expiry_policy WHERE tenant_id = $1`,
      [tenant],
    );
    if (!policy) throw new NotFoundException(`${tenant} has no points expiry policy`);
    return policy;
  }

  @Put()
  async set(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() { months, setBy }: ExpiryPolicyDto,
  ): Promise<ExpiryPolicyDto> {
    await this.db.query(
      `INSERT INTO expiry_policy (tenant_id, months, set_by) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id) DO UPDATE SET months = $2, set_by = $3, set_at = now()`,
      [tenant, months, setBy],
    );
    return { months, setBy };
  }

  /** Points stop expiring; what already expired stays expired. */
  @Delete()
  @HttpCode(204)
  async remove(@Param('tenant', TenantIdPipe) tenant: string): Promise<void> {
    await this.db.query(`DELETE FROM expiry_policy WHERE tenant_id = $1`, [tenant]);
  }
}
