import { ServiceConfig } from '@citypoints/platform';
import { ValidateBy } from 'class-validator';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// activity-rules' activityCodeSecret derives each activity's secret from it with HKDF-SHA256,
// which needs as many bytes of key as the hash gives to be as strong as it.
const MIN_KEY_BYTES = 32;

function isActivityCodeKey(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    BASE64.test(value) &&
    Buffer.from(value, 'base64').length >= MIN_KEY_BYTES
  );
}

/** The settings of activities: those of every service, plus the key its codes are signed with. */
export class ActivitiesConfig extends ServiceConfig {
  /**
   * The deployment's activity-code key, at least 32 random bytes in base64 (`openssl rand
   * -base64 32`); verification holds the same key to check the codes. Changing it turns down
   * every printed and shown code.
   */
  @ValidateBy({
    name: 'isActivityCodeKey',
    validator: {
      validate: isActivityCodeKey,
      defaultMessage: () =>
        `ACTIVITY_CODE_KEY must be at least ${MIN_KEY_BYTES} random bytes in base64 (openssl rand -base64 32)`,
    },
  })
  ACTIVITY_CODE_KEY: string;
}
