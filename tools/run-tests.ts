// The README's test command: lint, typecheck and every project's tests against one set of real
// servers for the whole run (see libs/testing), then formatting.
import { spawnSync } from 'node:child_process';
import { provideTestInfrastructure } from '@citypoints/testing';

async function main(): Promise<number> {
  const started = Date.now();
  const infrastructure = await provideTestInfrastructure();
  console.log(`Test servers (${infrastructure.source}) ready in ${Date.now() - started} ms`);
  try {
    const env = { ...process.env, ...infrastructure.connection, NX_DAEMON: 'false' };
    const steps = [
      [
        'nx',
        'run-many',
        '-t',
        'lint',
        'typecheck',
        'test',
        '--outputStyle=stream',
        '--skip-nx-cache',
      ],
      ['prettier', '--check', '.'],
    ];
    for (const step of steps) {
      const { status } = spawnSync('npx', step, { stdio: 'inherit', env });
      if (status !== 0) return status ?? 1;
    }
    return 0;
  } finally {
    await infrastructure.stop();
    console.log(`Test run took ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

void main().then((code) => process.exit(code));
