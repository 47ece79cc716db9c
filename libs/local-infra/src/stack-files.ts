import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Connection, StackPorts } from './stack-options';

export function connectionEnvFile(dir: string): string {
  return join(dir, 'connection.env');
}

/** Lets later commands, tools and people find the running servers without knowing the ports. */
export function writeStackFiles(dir: string, ports: StackPorts, connection: Connection): void {
  const env = Object.entries(connection).map(([key, value]) => `${key}=${value}\n`);
  writeFileSync(connectionEnvFile(dir), env.join(''));
  writeFileSync(stackFile(dir), `${JSON.stringify(ports, null, 2)}\n`);
}

/** The ports of the last successful start in this folder. */
export function recordedPorts(dir: string): StackPorts | undefined {
  if (!existsSync(stackFile(dir))) return undefined;
  return JSON.parse(readFileSync(stackFile(dir), 'utf8')) as StackPorts;
}

function stackFile(dir: string): string {
  return join(dir, 'stack.json');
}
