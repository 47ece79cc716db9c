import { DynamicModule, Module } from '@nestjs/common';
import { JwksController } from './jwks.controller';
import { RefreshSuccessors } from './refresh-successors';
import { TokenIssuer } from './token-issuer';

/** The configured signing key, for every feature that issues or checks tokens. */
@Module({})
export class TokensModule {
  static forRoot(privateKeyPem: string): DynamicModule {
    return {
      module: TokensModule,
      global: true,
      controllers: [JwksController],
      providers: [
        { provide: TokenIssuer, useFactory: () => TokenIssuer.fromPem(privateKeyPem) },
        { provide: RefreshSuccessors, useFactory: () => RefreshSuccessors.fromPem(privateKeyPem) },
      ],
      exports: [TokenIssuer, RefreshSuccessors],
    };
  }
}
