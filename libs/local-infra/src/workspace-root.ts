import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The monorepo's root, found from this file so it does not depend on the caller's cwd. */
export function workspaceRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no nx.json in ${__dirname} or above it`);
  }
}
