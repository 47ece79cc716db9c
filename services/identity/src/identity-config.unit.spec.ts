import { ConfigError, loadConfig } from '@citypoints/platform';
import { generateKeyPairSync } from 'node:crypto';
import { es256PrivateKeyPem } from './testing/es256-key';
import { IdentityConfig } from './identity-config';

describe('loadConfig(IdentityConfig)', () => {
  const base = {
    DATABASE_URL: 'postgres://postgres@db:5432/identity',
    KAFKA_BROKERS: 'kafka:9092',
    SERVICE_TOKEN_PUBLIC_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ format: 'pem', type: 'spki' })
      .toString(),
  };

  it('reads a PKCS8 P-256 key, also with its line breaks written as \\n', async () => {
    const pem = await es256PrivateKeyPem();
    expect(loadConfig(IdentityConfig, { ...base, JWT_PRIVATE_KEY: pem }).JWT_PRIVATE_KEY).toBe(pem);
    const oneLine = pem.replaceAll('\n', '\\n');
    expect(loadConfig(IdentityConfig, { ...base, JWT_PRIVATE_KEY: oneLine }).JWT_PRIVATE_KEY).toBe(
      pem,
    );
  });

  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ format: 'pem', type: 'pkcs8' })
    .toString();

  it.each([
    ['missing', undefined, 'JWT_PRIVATE_KEY is not set'],
    ['not a key', 'secret', 'JWT_PRIVATE_KEY must be a PKCS8 PEM private key on the P-256 curve'],
    ['an RSA key', rsa, 'JWT_PRIVATE_KEY must be a PKCS8 PEM private key on the P-256 curve'],
  ])('refuses a key that is %s, naming the setting', (_case, value, message) => {
    const load = () => loadConfig(IdentityConfig, { ...base, JWT_PRIVATE_KEY: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });

  it("links mails to the web app's address, localhost's gateway unless set", async () => {
    const settings = { ...base, JWT_PRIVATE_KEY: await es256PrivateKeyPem() };
    expect(loadConfig(IdentityConfig, settings).WEB_APP_URL).toBe('http://localhost:3000');
    const set = { ...settings, WEB_APP_URL: 'https://app.cascais.example' };
    expect(loadConfig(IdentityConfig, set).WEB_APP_URL).toBe('https://app.cascais.example');
    for (const wrong of ['https://app.example/', 'ftp://app.example', 'app.example']) {
      const load = () => loadConfig(IdentityConfig, { ...settings, WEB_APP_URL: wrong });
      expect(load).toThrow('WEB_APP_URL must be an http(s):// URL without a trailing slash');
    }
  });
});
