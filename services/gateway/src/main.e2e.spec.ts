import { runServiceUntilExit, serviceKeys, testConnection } from '@citypoints/testing';

/** Start-up with a wrong setting stops with one line naming it. */
describe('gateway start-up', () => {
  const start = (env: Record<string, string | undefined>) =>
    runServiceUntilExit('gateway', {
      IDENTITY_URL: 'http://127.0.0.1:1',
      LEDGER_URL: 'http://127.0.0.1:1',
      ACTIVITIES_URL: 'http://127.0.0.1:1',
      VERIFICATION_URL: 'http://127.0.0.1:1',
      RANKINGS_URL: 'http://127.0.0.1:1',
      REWARDS_URL: 'http://127.0.0.1:1',
      REDIS_URL: testConnection().REDIS_URL,
      KAFKA_BROKERS: testConnection().KAFKA_BROKERS,
      SERVICE_TOKEN_PRIVATE_KEY: serviceKeys().privateKey,
      STARTUP_TIMEOUT_MS: '300',
      ...env,
    });

  it.each([
    [
      'a missing identity',
      { IDENTITY_URL: undefined },
      /^gateway cannot start: IDENTITY_URL is not set$/m,
    ],
    [
      'a wrong rate limit',
      { RATE_LIMIT_PERSON: '-1' },
      /^gateway cannot start: RATE_LIMIT_PERSON must be/m,
    ],
    [
      'an unreachable Redis',
      { REDIS_URL: 'redis://127.0.0.1:1' },
      /^gateway cannot start: cannot reach REDIS_URL/m,
    ],
  ])('stops on %s', async (_case, env, message) => {
    const { code, stderr } = await start(env);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });
});
