import { ValidateBy } from 'class-validator';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// activity-rules' activityCodeSecret derives each activity's secret from it with HKDF-SHA256,
// which needs as many bytes of key as the hash gives to be as strong as it.
const MIN_KEY_BYTES = 32;

/**
 * The setting ACTIVITY_CODE_KEY: the deployment's activity-code key, at least 32 random bytes
 * in base64 (`openssl rand -base64 32`). The activities service signs codes with it and
 * verification checks them with the same key; changing it turns down every printed and shown
 * code. The message names the setting and says how to make a key.
 */
export function ActivityCodeKeySetting(): PropertyDecorator {
  return ValidateBy({
    name: 'isActivityCodeKey',
    validator: {
      validate: (value) =>
        typeof value === 'string' &&
        BASE64.test(value) &&
        Buffer.from(value, 'base64').length >= MIN_KEY_BYTES,
      defaultMessage: () =>
        `ACTIVITY_CODE_KEY must be at least ${MIN_KEY_BYTES} random bytes in base64 (openssl rand -base64 32)`,
    },
  });
}
