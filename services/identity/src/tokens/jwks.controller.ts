import { WithoutServiceToken } from '@citypoints/platform';
import { Controller, Get } from '@nestjs/common';
import { TokenIssuer } from './token-issuer';

/**
 * The public key, so the gateway can verify access tokens without calling identity each time.
 * Open without a service token: the gateway needs it before it can check anything, and a
 * public key is no secret.
 */
@Controller('.well-known')
@WithoutServiceToken()
export class JwksController {
  constructor(private readonly issuer: TokenIssuer) {}

  @Get('jwks.json')
  jwks() {
    return this.issuer.jwks;
  }
}
