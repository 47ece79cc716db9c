import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { actOnlyOnSelf } from '../people/act-only-on-self';
import {
  RefreshTokenDto,
  SessionTokensDto as SessionTokens,
  SignInDto,
  SignOutDto,
} from '@citypoints/http-contracts';
import { Sessions } from './sessions';

/**
 * Internal API, for the gateway, which passes the signed-in person as the sign-out's userId
 * and lets people sign only themselves out everywhere; identity checks both against the acting
 * person (actOnlyOnSelf).
 */
@Controller('tenants/:tenant')
export class SessionsController {
  constructor(private readonly sessions: Sessions) {}

  @Post('sessions')
  @HttpCode(200)
  signIn(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: SignInDto,
  ): Promise<SessionTokens> {
    return this.sessions.signIn(tenant, input.email, input.password);
  }

  @Post('sessions/refresh')
  @HttpCode(200)
  refresh(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: RefreshTokenDto,
  ): Promise<SessionTokens> {
    return this.sessions.refresh(tenant, input.refreshToken);
  }

  @Post('sessions/sign-out')
  @HttpCode(204)
  signOut(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: SignOutDto,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<void> {
    actOnlyOnSelf(actor, tenant, input.userId);
    return this.sessions.signOut(tenant, input.userId, input.refreshToken);
  }

  @Post('people/:person/sign-out-everywhere')
  @HttpCode(204)
  async signOutEverywhere(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<void> {
    actOnlyOnSelf(actor, tenant, person);
    await this.sessions.signOutEverywhere(tenant, person);
  }
}
