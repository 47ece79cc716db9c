import { DynamicModule, Module } from '@nestjs/common';
import { JwksController } from './jwks.controller';
import { TokenIssuer } from './token-issuer';

/** The configured signing key, for every feature that issues or checks tokens. */
@Module({})
export class TokensModule {
  static forRoot(privateKeyPem: string): DynamicModule {
    return {
      module: TokensModule,
      global: true,
      controllers: [JwksController],
      providers: [{ provide: TokenIssuer, useFactory: () => TokenIssuer.fromPem(privateKeyPem) }],
      exports: [TokenIssuer],
    };
  }
}
