import { TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Internal API: the expiry policy the ledger applies, as identity's tenant settings set it:
 * points expire `months` after they were credited, counted in days of the IANA `timeZone`.
 */
@Controller('tenants/:tenant/expiry-policy')
export class ExpiryPolicyController {
  constructor(private readonly db: DataSource) {}

  @Get()
  async get(
    @Param('tenant', TenantIdPipe) tenant: string,
  ): Promise<{ months: number; timeZone: string }> {
    const [policy] = await this.db.query(
      `SELECT months, time_zone AS "timeZone" FROM expiry_policy WHERE tenant_id = $1`,
      [tenant],
    );
    if (!policy) throw new NotFoundException(`points do not expire in ${tenant}`);
    return policy;
  }
}
