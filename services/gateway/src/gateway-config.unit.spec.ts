import { ConfigError, loadConfig } from '@citypoints/platform';
import { generateKeyPairSync } from 'node:crypto';
import { GatewayConfig } from './gateway-config';

describe('loadConfig(GatewayConfig)', () => {
  const valid = {
    IDENTITY_URL: 'http://identity:3000',
    LEDGER_URL: 'http://ledger:3000',
    ACTIVITIES_URL: 'http://activities:3000',
    VERIFICATION_URL: 'http://verification:3000',
    RANKINGS_URL: 'http://rankings:3000',
    REWARDS_URL: 'http://rewards:3000',
    REDIS_URL: 'redis://redis:6379',
    KAFKA_BROKERS: 'kafka-0:9092',
    SERVICE_TOKEN_PRIVATE_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString(),
  };

  it('reads the settings, with defaults', () => {
    const config = loadConfig(GatewayConfig, { ...valid, CORS_ORIGINS: 'https://app.example, *' });
    expect(config).toMatchObject({
      PORT: 3000,
      RATE_LIMIT_PERSON: 300,
      RATE_LIMIT_IP: 1200,
      RATE_LIMIT_WINDOW_MS: 60_000,
      BODY_LIMIT_BYTES: 65_536,
      CORS_ORIGINS: ['https://app.example', '*'],
      RATE_LIMIT_IPV6_PREFIX: 64,
      SIGN_IN_FAILURES_PER_CLIENT: 10,
      SIGN_IN_FAILURES_PER_ACCOUNT: 100,
      PASSWORD_RESETS_PER_ADDRESS: 3,
      EVENT_STREAMS_PER_PERSON: 5,
    });
    expect(config).not.toHaveProperty('DATABASE_URL');
  });

  it.each([
    [{ IDENTITY_URL: undefined }, 'IDENTITY_URL is not set'],
    [{ LEDGER_URL: 'ledger:3000' }, 'LEDGER_URL must be an http(s):// URL'],
    [{ ACTIVITIES_URL: undefined }, 'ACTIVITIES_URL is not set'],
    [{ VERIFICATION_URL: 'verification' }, 'VERIFICATION_URL must be an http(s):// URL'],
    [{ RANKINGS_URL: undefined }, 'RANKINGS_URL is not set'],
    [{ RANKINGS_URL: 'rankings:3105' }, 'RANKINGS_URL must be an http(s):// URL'],
    [{ REWARDS_URL: undefined }, 'REWARDS_URL is not set'],
    [{ REWARDS_URL: 'rewards:3106' }, 'REWARDS_URL must be an http(s):// URL'],
    [{ REDIS_URL: 'http://redis' }, 'REDIS_URL must be a redis:// URL'],
    [{ KAFKA_BROKERS: 'kafka' }, 'KAFKA_BROKERS must be a comma-separated list of host:port'],
    [{ PORT: '0' }, 'PORT must be a whole number from 1 to 65535'],
    [{ RATE_LIMIT_PERSON: 'lots' }, 'RATE_LIMIT_PERSON must be a whole number'],
    [{ RATE_LIMIT_IP: '0' }, 'RATE_LIMIT_IP must be a whole number'],
    [{ RATE_LIMIT_WINDOW_MS: '10' }, 'RATE_LIMIT_WINDOW_MS must be a whole number from 1000'],
    [{ CORS_ORIGINS: 'app.example' }, 'CORS_ORIGINS must be a comma-separated list'],
    [{ RATE_LIMIT_IPV6_PREFIX: '129' }, 'RATE_LIMIT_IPV6_PREFIX must be a whole number from 16'],
    // NIST SP 800-63B 5.2.2 allows at most 100 consecutive failed attempts.
    [{ SIGN_IN_FAILURES_PER_ACCOUNT: '101' }, 'SIGN_IN_FAILURES_PER_ACCOUNT must be a whole'],
    [{ SIGN_IN_FAILURES_PER_CLIENT: '0' }, 'SIGN_IN_FAILURES_PER_CLIENT must be a whole number'],
    [{ PASSWORD_RESETS_PER_ADDRESS: '0' }, 'PASSWORD_RESETS_PER_ADDRESS must be a whole number'],
    [{ EVENT_STREAMS_PER_PERSON: 'many' }, 'EVENT_STREAMS_PER_PERSON must be a whole number'],
  ])('refuses %p naming the setting', (change, message) => {
    expect(() => loadConfig(GatewayConfig, { ...valid, ...change })).toThrow(ConfigError);
    expect(() => loadConfig(GatewayConfig, { ...valid, ...change })).toThrow(message);
  });
});
