import { workspaceRoot } from '@citypoints/local-infra';
import { spawnSync } from 'node:child_process';

// An integration test although it needs no servers: it runs the generator as a process, which
// compiles the whole route table and reads the committed file, too slow for the unit tier.
describe('the public API types in @citypoints/public-api', () => {
  it('are generated from the current route table', () => {
    const check = spawnSync(
      'node',
      ['-r', '@swc-node/register', 'services/gateway/src/openapi/public-api-types.ts', '--check'],
      { cwd: workspaceRoot(), encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
