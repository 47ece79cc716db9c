import { readFileSync } from 'node:fs';
import { stackDir, stackPorts } from './cli-settings';
import { startStack, stopStack } from './stack';
import { connectionEnvFile } from './stack-files';
import { workspaceRoot } from './workspace-root';

/** `up`, `down` and `env` for the local servers; see cli-settings.ts for the INFRA_* settings. */
async function main(command: string | undefined): Promise<void> {
  const dir = stackDir(process.env, workspaceRoot());
  switch (command) {
    case 'up':
      return up(dir);
    case 'down':
      return down(dir);
    case 'env':
      return printEnv(dir);
    default:
      throw new Error(`usage: cli.ts up|down|env (got ${command ?? 'nothing'})`);
  }
}

async function up(dir: string): Promise<void> {
  const stack = await startStack({
    dir,
    ports: stackPorts(process.env),
    durable: true,
    lean: true,
  });
  for (const [server, ms] of Object.entries(stack.startupMs)) {
    const state = stack.alreadyRunning.includes(server) ? 'already running' : `started in ${ms} ms`;
    console.log(`${server.padEnd(9)}${state}`);
  }
  console.log('');
  printEnv(dir);
  console.log(`\n(written to ${connectionEnvFile(dir)})`);
}

async function down(dir: string): Promise<void> {
  const stopped = await stopStack(dir);
  console.log(stopped.length > 0 ? `stopped ${stopped.join(', ')}` : `nothing running from ${dir}`);
}

function printEnv(dir: string): void {
  try {
    process.stdout.write(readFileSync(connectionEnvFile(dir), 'utf8'));
  } catch {
    throw new Error(`no ${connectionEnvFile(dir)}: run "up" first`);
  }
}

main(process.argv[2]).catch((error: Error) => {
  console.error(`local-infra: ${error.message}`);
  process.exitCode = 1;
});
