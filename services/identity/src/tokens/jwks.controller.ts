import { Controller, Get } from '@nestjs/common';
import { TokenIssuer } from './token-issuer';

/** The public key, so the gateway can verify access tokens without calling identity each time. */
@Controller('.well-known')
export class JwksController {
  constructor(private readonly issuer: TokenIssuer) {}

  @Get('jwks.json')
  jwks() {
    return this.issuer.jwks;
  }
}
