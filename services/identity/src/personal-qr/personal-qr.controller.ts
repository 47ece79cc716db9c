import { ActingPerson, Actor, TenantIdPipe } from '@citypoints/platform';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { actOnlyOnSelf } from '../people/act-only-on-self';
import { People } from '../people/people';
import { QrHolder, TokenIssuer } from '../tokens/token-issuer';
import { QrTokenDto } from '@citypoints/http-contracts';

/**
 * The personal QR code a person shows a verifier on site. Internal API, for the gateway: it
 * issues the token only for the signed-in person (checked here too: actOnlyOnSelf) and lets
 * only verifiers check one.
 */
@Controller('tenants/:tenant')
export class PersonalQrController {
  constructor(
    private readonly issuer: TokenIssuer,
    private readonly people: People,
  ) {}

  @Post('people/:person/qr-token')
  async issue(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Param('person', ParseUUIDPipe) person: string,
    @ActingPerson() actor: Actor | undefined,
  ): Promise<{ token: string; expiresAt: string }> {
    actOnlyOnSelf(actor, tenant, person);
    await this.people.requireActive(tenant, person);
    return this.issuer.signQrToken({ userId: person, tenant });
  }

  /** 401 `invalid-token` for a code forged, expired or of another tenant (InvalidTokenError). */
  @Post('qr-tokens/verifications')
  @HttpCode(200)
  async verify(
    @Param('tenant', TenantIdPipe) tenant: string,
    @Body() input: QrTokenDto,
  ): Promise<QrHolder> {
    const holder = await this.issuer.verifyQrToken(input.token, tenant);
    // A person erased after the code was shown is no longer anyone to credit.
    await this.people.requireActive(tenant, holder.userId);
    return holder;
  }
}
