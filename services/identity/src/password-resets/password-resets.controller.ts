import { TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { PasswordResetConfirmationDto, PasswordResetRequestDto } from '@citypoints/http-contracts';
import { PasswordResets, SessionsEnded } from './password-resets';

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

  /**
   * 200 with the person and their new session generation: the gateway raises the generation it
   * checks access tokens against before answering the person (204), as for sign-out everywhere.
   */
  @Post('password-resets/confirmations')
  @HttpCode(200)
  confirm(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: PasswordResetConfirmationDto,
  ): Promise<SessionsEnded> {
    return this.resets.confirm(tenant, input.token, input.newPassword);
  }
}
