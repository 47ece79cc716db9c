// The README's test command: lint, typecheck and every project's tests against one set of real
// servers for the whole run (see libs/testing), then formatting.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { provideTestInfrastructure } from '@citypoints/testing';

// After a failure, Jest's reports of failed tests are printed again at the end, where a CI log
// shown by its tail has them: each `●` heading with the lines after it.
const LINES_PER_FAILURE = 30;
const MOST_FAILURE_LINES = 600;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Runs `npx ...args` with its output passed through; its exit code and its failure reports. */
function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; failures: string[] }> {
  const child = spawn('npx', args, { stdio: ['inherit', 'pipe', 'pipe'], env });
  const failures: string[] = [];
  let following = 0;
  const keep = (line: string) => {
    const plain = line.replace(ANSI, '');
    if (/●/.test(plain) && !/● Console/.test(plain)) following = LINES_PER_FAILURE;
    if (following > 0 && failures.length < MOST_FAILURE_LINES) {
      following--;
      failures.push(plain);
    }
  };
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    createInterface({ input: from }).on('line', (line) => {
      to.write(`${line}\n`);
      keep(line);
    });
  }
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? 1, failures })),
  );
}

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
      const { code, failures } = await run(step, env);
      if (code === 0) continue;
      if (failures.length > 0) console.error(`\nFailures, again:\n${failures.join('\n')}`);
      return code;
    }
    return 0;
  } finally {
    await infrastructure.stop();
    console.log(`Test run took ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

void main().then((code) => process.exit(code));
