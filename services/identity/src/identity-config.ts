import { P256KeySetting, ServiceConfig } from '@citypoints/platform';

/** The settings of identity: those of every service, plus the key it signs tokens with. */
export class IdentityConfig extends ServiceConfig {
  /**
   * The ES256 signing key as a PKCS8 PEM. Environments that cannot hold line breaks may write
   * them as `\n`.
   */
  @P256KeySetting('private', 'JWT_PRIVATE_KEY')
  JWT_PRIVATE_KEY: string;
}
