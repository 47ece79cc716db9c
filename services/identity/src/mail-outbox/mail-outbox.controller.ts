import { TenantIdPipe } from '@citypoints/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { Mail } from './mail';
import { MailOutbox } from './mail-outbox';
import { MailOutboxQuery } from './mail-outbox.query';

/**
 * Development only: the mail that would have been sent, reset tokens included. Registered
 * only with DEVELOPMENT_ROUTES on, and never routed by the gateway.
 */
@Controller('tenants/:tenant/mail-outbox')
export class MailOutboxController {
  constructor(private readonly outbox: MailOutbox) {}

  @Get()
  mail(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: MailOutboxQuery,
  ): Promise<Mail[]> {
    return this.outbox.mailTo(tenant, query.recipient);
  }
}
