import { spawnSync } from 'node:child_process';
import { workspaceRoot } from '@citypoints/local-infra';

// ESLint runs as the lint target runs it, on source given as if it were a file of `file`.
describe('module boundaries', () => {
  // The rule reads Nx's cached project graph and skips itself without one (a fresh clone, or
  // after an install): have Nx compute it first.
  beforeAll(() => {
    const nx = spawnSync('npx', ['nx', 'show', 'projects'], { cwd: workspaceRoot() });
    expect(nx.status).toBe(0);
  });

  async function boundaryErrors(file: string, source: string): Promise<string[]> {
    const eslint = spawnSync(
      'npx',
      ['eslint', '--format', 'json', '--stdin', '--stdin-filename', file],
      { cwd: workspaceRoot(), input: source, encoding: 'utf8' },
    );
    const [result] = JSON.parse(eslint.stdout) as {
      messages: { ruleId: string; message: string }[];
    }[];
    return result.messages
      .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
      .map((message) => message.message);
  }

  it('rejects a service importing another service', async () => {
    const errors = await boundaryErrors(
      'services/ledger/src/boundary-probe.ts',
      `import { AppModule } from '../../verification/src/app.module';\nexport const probe = AppModule;\n`,
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('rejects a library importing a service', async () => {
    const errors = await boundaryErrors(
      'libs/messaging/src/boundary-probe.ts',
      `import { AppModule } from '../../../services/ledger/src/app.module';\nexport const probe = AppModule;\n`,
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('rejects a library import that would close a loop between libraries', async () => {
    const errors = await boundaryErrors(
      'libs/testing/src/boundary-probe.ts',
      `import { createKafka } from '@citypoints/messaging';\nexport const probe = createKafka;\n`,
    );
    expect(errors.join('\n')).toMatch(/Circular dependency between "testing" and "messaging"/);
  });

  it('lets a service import a library', async () => {
    const errors = await boundaryErrors(
      'services/ledger/src/boundary-probe.ts',
      `import { Topics } from '@citypoints/contracts';\nexport const probe = Topics.ledger;\n`,
    );
    expect(errors).toEqual([]);
  });
});
