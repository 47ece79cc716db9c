import { join } from 'node:path';
import { ESLint } from 'eslint';
import { workspaceRoot } from '@citypoints/local-infra';

describe('module boundaries', () => {
  const root = workspaceRoot();
  const eslint = new ESLint({ cwd: root });

  async function boundaryErrors(file: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath: join(root, file) });
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

  it('lets a service import a library', async () => {
    const errors = await boundaryErrors(
      'services/ledger/src/boundary-probe.ts',
      `import { Topics } from '@citypoints/contracts';\nexport const probe = Topics.ledger;\n`,
    );
    expect(errors).toEqual([]);
  });
});
