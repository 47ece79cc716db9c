import { execFile } from 'node:child_process';
import { basename } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Runs a command to completion. Its error carries the command's own first lines of complaint,
 * which say what went wrong, where a bare exit code would not.
 */
export async function run(
  command: string,
  args: string[],
  name = basename(command),
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args);
    return stdout;
  } catch (error) {
    const failure = error as Failure;
    if (failure.code === 'ENOENT') throw new Error(`${command} is not installed (not on PATH)`);
    throw new Error(`${name} failed: ${complaint(failure)}`);
  }
}

type Failure = NodeJS.ErrnoException & { stdout?: string; stderr?: string };

function complaint(failure: Failure): string {
  const lines = `${failure.stderr ?? ''}\n${failure.stdout ?? ''}`
    // eslint-disable-next-line no-control-regex -- Maven colours its output even in batch mode.
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines.slice(0, 3).join(' ') : failure.message;
}

/** For servers that refuse to run as root, such as PostgreSQL. */
export function runAsUser(user: string, command: string, args: string[]): Promise<string> {
  return run('runuser', ['-u', user, '--', command, ...args], basename(command));
}
