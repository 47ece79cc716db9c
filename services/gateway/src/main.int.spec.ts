import { workspaceRoot } from '@citypoints/local-infra';
import { testConnection } from '@citypoints/testing';
import { spawn } from 'node:child_process';

/** Start-up with a wrong setting stops with one line naming it. */
describe('gateway start-up', () => {
  function start(env: Record<string, string | undefined>) {
    const child = spawn('node', ['-r', '@swc-node/register', 'services/gateway/src/main.ts'], {
      cwd: workspaceRoot(),
      env: {
        PATH: process.env.PATH,
        IDENTITY_URL: 'http://127.0.0.1:1',
        LEDGER_URL: 'http://127.0.0.1:1',
        REDIS_URL: testConnection().REDIS_URL,
        KAFKA_BROKERS: testConnection().KAFKA_BROKERS,
        STARTUP_TIMEOUT_MS: '300',
        ...env,
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    return new Promise<{ code: number | null; stderr: string }>((resolve) =>
      child.once('exit', (code) => resolve({ code, stderr })),
    );
  }

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
