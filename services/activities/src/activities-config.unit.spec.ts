import { ConfigError, loadConfig } from '@citypoints/platform';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ActivitiesConfig } from './activities-config';

describe('loadConfig(ActivitiesConfig)', () => {
  const base = {
    DATABASE_URL: 'postgres://postgres@db:5432/activities',
    KAFKA_BROKERS: 'kafka:9092',
    SERVICE_TOKEN_PUBLIC_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ format: 'pem', type: 'spki' })
      .toString(),
  };

  it('reads a key of 32 bytes or more in base64', () => {
    const key = randomBytes(32).toString('base64');
    expect(
      loadConfig(ActivitiesConfig, { ...base, ACTIVITY_CODE_KEY: key }).ACTIVITY_CODE_KEY,
    ).toBe(key);
  });

  it.each([
    ['missing', undefined, 'ACTIVITY_CODE_KEY is not set'],
    ['too short', randomBytes(31).toString('base64'), 'ACTIVITY_CODE_KEY must be at least 32'],
    ['not base64', 'x'.repeat(40) + '!', 'ACTIVITY_CODE_KEY must be at least 32'],
    ['hexadecimal', randomBytes(16).toString('hex'), 'ACTIVITY_CODE_KEY must be at least 32'],
  ])('refuses a key that is %s, naming the setting', (_case, value, message) => {
    const load = () => loadConfig(ActivitiesConfig, { ...base, ACTIVITY_CODE_KEY: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });
});
