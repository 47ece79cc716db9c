import { DomainError } from '@citypoints/contracts';
import { ExpiryPolicyDto } from '@citypoints/http-contracts';
import { TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse } from '@nestjs/swagger';
import { ExpiryStore } from './expiry.store';

/**
 * Internal API: the expiry policy the ledger applies, as identity's tenant settings set it:
 * points expire `months` after they were credited, counted in days of the IANA `timeZone`.
 */
@Controller('tenants/:tenant/expiry-policy')
export class ExpiryPolicyController {
  constructor(private readonly store: ExpiryStore) {}

  /** 404 (`no-expiry-policy`) when the tenant's points do not expire. */
  @Get()
  @ApiOkResponse({ type: ExpiryPolicyDto })
  @ApiNotFoundResponse({ description: "the tenant's points do not expire" })
  async get(@Param('tenant', TenantIdPipe) tenant: string): Promise<ExpiryPolicyDto> {
    const policy = await this.store.policy(tenant);
    if (!policy) {
      throw new DomainError('not-found', 'no-expiry-policy', `points do not expire in ${tenant}`);
    }
    return policy;
  }
}
