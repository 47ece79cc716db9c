import { ActivityCodeKeySetting, ServiceConfig } from '@citypoints/platform';
import { IsUrl } from 'class-validator';

/**
 * The settings of verification: those of every service, the key activity codes are signed
 * with, and identity's URL, from which it reads only the public keys (JWKS) that personal QR
 * codes and cards are checked with locally.
 */
export class VerificationConfig extends ServiceConfig {
  /** The deployment's activity-code key (ActivityCodeKeySetting), the activities service's. */
  @ActivityCodeKeySetting()
  ACTIVITY_CODE_KEY: string;

  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'] },
    { message: 'IDENTITY_URL must be the URL of the identity service, e.g. http://127.0.0.1:3103' },
  )
  IDENTITY_URL: string;
}
