import { findFreePorts } from '@citypoints/local-infra';
import { runServiceUntilExit, serviceKeys, testConnection } from '@citypoints/testing';

/** Start-up with a wrong setting stops with one line naming the setting, not a stack trace. */
describe('ledger start-up', () => {
  const start = (env: Record<string, string | undefined>) => runServiceUntilExit('ledger', env);

  const valid = () => ({
    DATABASE_URL: testConnection().DATABASE_URL,
    KAFKA_BROKERS: testConnection().KAFKA_BROKERS,
    SERVICE_TOKEN_PUBLIC_KEY: serviceKeys().publicKey,
    STARTUP_TIMEOUT_MS: '300',
  });

  it.each([
    [
      'a malformed KAFKA_BROKERS',
      { KAFKA_BROKERS: 'not a broker list' },
      /^ledger cannot start: KAFKA_BROKERS must be a comma-separated list of host:port$/m,
    ],
    [
      'a missing DATABASE_URL',
      { DATABASE_URL: undefined },
      /^ledger cannot start: DATABASE_URL is not set$/m,
    ],
    [
      'a malformed PORT',
      { PORT: 'eighty' },
      /^ledger cannot start: PORT must be a whole number from 1 to 65535$/m,
    ],
  ])('stops on %s', async (_case, override, message) => {
    const { code, stderr } = await start({ ...valid(), ...override });
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('stops when the database does not answer', async () => {
    const [closedPort] = await findFreePorts(1);
    const { code, stderr } = await start({
      ...valid(),
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/ledger`,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^ledger cannot start: cannot reach DATABASE_URL \\(postgres://\\*\\*\\*@127.0.0.1:${closedPort}/ledger\\): .*ECONNREFUSED`,
        'm',
      ),
    );
  });

  it('stops when Kafka does not answer', async () => {
    const [closedPort] = await findFreePorts(1);
    const { code, stderr } = await start({ ...valid(), KAFKA_BROKERS: `127.0.0.1:${closedPort}` });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^ledger cannot start: cannot reach KAFKA_BROKERS \\(127.0.0.1:${closedPort}\\)`,
        'm',
      ),
    );
  });
});
