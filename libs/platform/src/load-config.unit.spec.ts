import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig } from './load-config';
import { ServiceConfig } from './service-config';

describe('loadConfig(ServiceConfig)', () => {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const valid = {
    DATABASE_URL: 'postgres://postgres@db:5432/ledger',
    KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092',
    SERVICE_TOKEN_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };

  it('reads and converts the settings, with defaults', () => {
    const config = loadConfig(ServiceConfig, { ...valid, PORT: '8080' });
    expect(config.PORT).toBe(8080);
    expect(config.KAFKA_BROKERS).toEqual(['kafka-0:9092', 'kafka-1:9092']);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.STARTUP_TIMEOUT_MS).toBe(30_000);
    expect(config.BIND_HOST).toBe('127.0.0.1');
    expect(config.DEVELOPMENT_ROUTES).toBe(false);
    expect(
      loadConfig(ServiceConfig, { ...valid, DEVELOPMENT_ROUTES: 'true' }).DEVELOPMENT_ROUTES,
    ).toBe(true);
    expect(loadConfig(ServiceConfig, valid).PORT).toBe(3000);
  });

  it.each([
    [{ KAFKA_BROKERS: undefined }, 'KAFKA_BROKERS is not set'],
    [{ KAFKA_BROKERS: 'kafka-0' }, 'KAFKA_BROKERS must be a comma-separated list of host:port'],
    [{ DATABASE_URL: 'mysql://db/ledger' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 1 to 65535'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ STARTUP_TIMEOUT_MS: 'soon' }, 'STARTUP_TIMEOUT_MS must be a whole number'],
    [{ DEVELOPMENT_ROUTES: 'yes' }, 'DEVELOPMENT_ROUTES must be true or false'],
    [{ SERVICE_TOKEN_PUBLIC_KEY: 'not a key' }, 'SERVICE_TOKEN_PUBLIC_KEY must be a public key'],
  ])('rejects %p naming the setting', (change, message) => {
    expect(() => loadConfig(ServiceConfig, { ...valid, ...change })).toThrow(ConfigError);
    expect(() => loadConfig(ServiceConfig, { ...valid, ...change })).toThrow(message);
  });

  it('names every wrong setting at once', () => {
    expect(() => loadConfig(ServiceConfig, {})).toThrow(
      'DATABASE_URL is not set; SERVICE_TOKEN_PUBLIC_KEY is not set; KAFKA_BROKERS is not set',
    );
  });
});
