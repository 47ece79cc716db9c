import { ServiceConfig } from '@citypoints/platform';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { createPrivateKey } from 'node:crypto';

/** The settings of identity: those of every service, plus the key it signs tokens with. */
export class IdentityConfig extends ServiceConfig {
  /**
   * The ES256 signing key as a PKCS8 PEM. Environments that cannot hold line breaks may write
   * them as `\n`.
   */
  @Transform(({ value }) => (typeof value === 'string' ? value.replaceAll('\\n', '\n') : value))
  @ValidateBy({
    name: 'isEs256PrivateKey',
    validator: {
      validate: isEs256PrivateKey,
      defaultMessage: () =>
        'JWT_PRIVATE_KEY must be a PKCS8 PEM private key on the P-256 curve (for ES256)',
    },
  })
  JWT_PRIVATE_KEY: string;
}

export function isEs256PrivateKey(pem: unknown): boolean {
  if (typeof pem !== 'string' || !pem.includes('-----BEGIN PRIVATE KEY-----')) return false;
  try {
    const key = createPrivateKey(pem);
    return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  } catch {
    return false;
  }
}
