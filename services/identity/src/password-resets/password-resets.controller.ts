import { TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { PasswordResetConfirmationDto, PasswordResetRequestDto } from './password-reset.dto';
import { Mail, PasswordResets } from './password-resets';
import { MailOutboxQuery } from './mail-outbox.query';

/** Internal API, for the gateway. */
@Controller('tenants/:tenant')
export class PasswordResetsController {
  constructor(private readonly resets: PasswordResets) {}

  @Post('password-resets')
  @HttpCode(202)
  request(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: PasswordResetRequestDto,
  ): Promise<{ message: string }> {
    return this.resets.request(tenant, input.email);
  }

  @Post('password-resets/confirmations')
  @HttpCode(204)
  confirm(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: PasswordResetConfirmationDto,
  ): Promise<void> {
    return this.resets.confirm(tenant, input.token, input.newPassword);
  }

  /**
   * Development only: the mail that would have been sent. Never routed by the gateway; in
   * production a mail sender takes the messages instead.
   */
  @Get('mail-outbox')
  mail(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Query() query: MailOutboxQuery,
  ): Promise<Mail[]> {
    return this.resets.mail(tenant, query.recipient);
  }
}
