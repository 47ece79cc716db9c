import { P256KeySetting, ServiceConfig } from '@citypoints/platform';
import { IsOptional, Matches } from 'class-validator';

/**
 * The settings of identity: those of every service, plus the key it signs tokens with and the
 * web app's address that its mails link to.
 */
export class IdentityConfig extends ServiceConfig {
  /**
   * The ES256 signing key as a PKCS8 PEM. Environments that cannot hold line breaks may write
   * them as `\n`.
   */
  @P256KeySetting('private', 'JWT_PRIVATE_KEY')
  JWT_PRIVATE_KEY: string;

  /**
   * Where people open the web app (the gateway serves it), without a trailing slash: the
   * verification mail links to `<WEB_APP_URL>/t/<tenant>/verify-email?token=…`.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s?#]*[^\s?#/]$/, {
    message: 'WEB_APP_URL must be an http(s):// URL without a trailing slash',
  })
  WEB_APP_URL = 'http://localhost:3000';
}
