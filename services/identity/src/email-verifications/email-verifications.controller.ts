import { EmailVerificationDto } from '@citypoints/http-contracts';
import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { actOnlyOnSelf } from '../people/act-only-on-self';
import { EmailVerifications } from './email-verifications';

/**
 * Internal API, for the gateway: anyone with a mailed token verifies its address; a person asks
 * only for their own new mail (actOnlyOnSelf).
 */
@Controller('tenants/:tenant')
export class EmailVerificationsController {
  constructor(private readonly verifications: EmailVerifications) {}

  @Post('email-verifications')
  @HttpCode(204)
  confirm(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: EmailVerificationDto,
  ): Promise<void> {
    return this.verifications.confirm(tenant, input.token);
  }

  @Post('people/:person/email-verifications')
  @HttpCode(204)
  resend(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<void> {
    actOnlyOnSelf(actor, tenant, person);
    return this.verifications.resend(tenant, person);
  }
}
