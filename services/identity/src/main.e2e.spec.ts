import {
  createTestDatabase,
  runServiceUntilExit,
  serviceKeys,
  startServiceProcess,
  testConnection,
} from '@citypoints/testing';
import { es256PrivateKeyPem } from './testing/es256-key';

/** Start-up with a wrong signing key stops with one line naming the setting. */
describe('identity start-up', () => {
  const start = (env: Record<string, string | undefined>) =>
    runServiceUntilExit('identity', {
      DATABASE_URL: testConnection().DATABASE_URL,
      KAFKA_BROKERS: testConnection().KAFKA_BROKERS,
      SERVICE_TOKEN_PUBLIC_KEY: serviceKeys().publicKey,
      STARTUP_TIMEOUT_MS: '300',
      ...env,
    });

  it.each([
    ['a missing key', undefined, /^identity cannot start: JWT_PRIVATE_KEY is not set$/m],
    [
      'a key that is not PEM',
      'changeme',
      /^identity cannot start: JWT_PRIVATE_KEY must be a PKCS8 PEM private key on the P-256 curve \(for ES256\)$/m,
    ],
  ])('stops on %s', async (_case, key, message) => {
    const { code, stderr } = await start({ JWT_PRIVATE_KEY: key });
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('starts with a valid key and stops cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    try {
      const identity = await startServiceProcess('identity', {
        DATABASE_URL: database.url,
        JWT_PRIVATE_KEY: (await es256PrivateKeyPem()).replaceAll('\n', '\\n'),
      });
      const jwks = (await (await fetch(`${identity.url}/.well-known/jwks.json`)).json()) as {
        keys: object[];
      };
      expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', alg: 'ES256' })]);
      expect(await identity.stop()).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
