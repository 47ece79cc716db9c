import { TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Internal API: the expiry policy the ledger applies, as identity's tenant settings set it. */
@Controller('tenants/:tenant/expiry-policy')
export class ExpiryPolicyController {
  constructor(private readonly db: DataSource) {}

  @Get()
  async get(@Param('tenant', TenantIdPipe) tenant: string): Promise<{ months: number }> {
    const [policy] = await this.db.query(`SELECT months FROM expiry_policy WHERE tenant_id = $1`, [
      tenant,
    ]);
    if (!policy) throw new NotFoundException(`points do not expire in ${tenant}`);
    return policy;
  }
}
