import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { PasswordChangeDto, SessionTokensDto as SessionTokens } from '@citypoints/http-contracts';
import { actOnlyOnSelf } from '../people/act-only-on-self';
import { PasswordChanges } from './password-changes';

/**
 * Internal API, for the gateway, which lets people change only their own password; identity
 * checks it again against the acting person (actOnlyOnSelf).
 */
@Controller('tenants/:tenant/people/:person')
export class PasswordChangesController {
  constructor(private readonly changes: PasswordChanges) {}

  /** 200 with the tokens of the new session: every other session has ended. */
  @Post('password-changes')
  @HttpCode(200)
  change(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @Body() input: PasswordChangeDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<SessionTokens> {
    actOnlyOnSelf(actor, tenant, person);
    return this.changes.change(tenant, person, input);
  }
}
