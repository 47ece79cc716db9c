import { serviceEnvironment } from './service-environment';

describe('serviceEnvironment', () => {
  const connection = { REDIS_URL: 'redis://redis:6379', KAFKA_BROKERS: 'kafka:9092' };
  const secrets = {
    JWT_PRIVATE_KEY: 'identity-key',
    SERVICE_TOKEN_PRIVATE_KEY: 'token-private',
    SERVICE_TOKEN_PUBLIC_KEY: 'token-public',
  };
  const urls = {
    identity: 'http://127.0.0.1:3103',
    ledger: 'http://127.0.0.1:3102',
    activities: 'http://127.0.0.1:3104',
    verification: 'http://127.0.0.1:3101',
    rankings: 'http://127.0.0.1:3105',
    rewards: 'http://127.0.0.1:3106',
  };

  it('gives identity its database, its signing key and the service-token public key', () => {
    const env = serviceEnvironment('identity', {
      connection,
      secrets,
      urls,
      databaseUrl: 'postgres://db/identity',
      prefix: 'run.',
    });
    expect(env).toEqual({
      KAFKA_BROKERS: 'kafka:9092',
      KAFKA_TOPIC_PREFIX: 'run.',
      DATABASE_URL: 'postgres://db/identity',
      JWT_PRIVATE_KEY: 'identity-key',
      SERVICE_TOKEN_PUBLIC_KEY: 'token-public',
    });
  });

  it('gives the gateway Redis, the signing half of the service tokens and whom it calls', () => {
    const env = serviceEnvironment('gateway', { connection, secrets, urls, prefix: 'run.' });
    expect(env).toEqual({
      KAFKA_BROKERS: 'kafka:9092',
      KAFKA_TOPIC_PREFIX: 'run.',
      REDIS_URL: 'redis://redis:6379',
      REDIS_KEY_PREFIX: 'run.',
      SERVICE_TOKEN_PRIVATE_KEY: 'token-private',
      IDENTITY_URL: 'http://127.0.0.1:3103',
      LEDGER_URL: 'http://127.0.0.1:3102',
      ACTIVITIES_URL: 'http://127.0.0.1:3104',
      VERIFICATION_URL: 'http://127.0.0.1:3101',
      RANKINGS_URL: 'http://127.0.0.1:3105',
      REWARDS_URL: 'http://127.0.0.1:3106',
    });
  });

  it('gives rankings its database and Redis, its keys under the cluster prefix', () => {
    const env = serviceEnvironment('rankings', {
      connection,
      secrets,
      urls,
      databaseUrl: 'postgres://db/rankings',
      prefix: 'run.',
    });
    expect(env).toEqual({
      KAFKA_BROKERS: 'kafka:9092',
      KAFKA_TOPIC_PREFIX: 'run.',
      DATABASE_URL: 'postgres://db/rankings',
      REDIS_URL: 'redis://redis:6379',
      REDIS_KEY_PREFIX: 'run.',
      SERVICE_TOKEN_PUBLIC_KEY: 'token-public',
    });
  });

  it('sets no prefix when none is given, and lets extra settings win', () => {
    const env = serviceEnvironment('gateway', {
      connection,
      secrets,
      urls,
      extra: { LEDGER_URL: 'http://127.0.0.1:9', CORS_ORIGINS: '*' },
    });
    expect(env).not.toHaveProperty('KAFKA_TOPIC_PREFIX');
    expect(env).not.toHaveProperty('REDIS_KEY_PREFIX');
    expect(env).toMatchObject({ LEDGER_URL: 'http://127.0.0.1:9', CORS_ORIGINS: '*' });
  });

  it.each([
    ['ledger', { connection, secrets, urls }, 'ledger needs a database, which was not given'],
    [
      'identity',
      { connection, secrets: { SERVICE_TOKEN_PUBLIC_KEY: 'k' }, urls, databaseUrl: 'postgres://x' },
      'identity needs JWT_PRIVATE_KEY, which was not given',
    ],
    [
      'gateway',
      { connection, secrets, urls: { identity: urls.identity } },
      'gateway needs the URL of ledger (LEDGER_URL), which was not given',
    ],
  ] as const)('refuses to start %s without what it needs, naming it', (name, inputs, message) => {
    expect(() => serviceEnvironment(name, inputs)).toThrow(message);
  });
});
