import { TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CheckInDto } from '@citypoints/http-contracts';
import { CheckIns } from './check-ins';
import { Participation } from './verify-check-in';

/**
 * Internal API: records a check-in and answers 201 with the participation it is verified as.
 * The tenant is the path's; the service-token guard refuses a person of another tenant (403).
 */
@Controller('tenants/:tenant/check-ins')
export class CheckInsController {
  constructor(private readonly checkIns: CheckIns) {}

  @Post()
  record(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() checkIn: CheckInDto,
  ): Promise<Participation> {
    return this.checkIns.record(tenant, checkIn);
  }
}
