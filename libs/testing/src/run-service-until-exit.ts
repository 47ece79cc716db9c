import { spawn } from 'node:child_process';
import { workspaceRoot } from '@citypoints/local-infra';

/**
 * Runs services/<name> with only `env` (and PATH) until it exits, for start-up checks: a wrong
 * setting must stop it with exit code 1 and one line naming the setting.
 */
export function runServiceUntilExit(
  name: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn('node', ['-r', '@swc-node/register', `services/${name}/src/main.ts`], {
    cwd: workspaceRoot(),
    env: { PATH: process.env.PATH, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}
