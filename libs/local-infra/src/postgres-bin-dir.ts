import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const debianInstalls = '/usr/lib/postgresql';

/**
 * The folder holding initdb and pg_ctl: from PATH when someone put them there, else the newest
 * of Debian's versioned installs, which the OS package does not put on PATH.
 */
export function postgresBinDir(): string {
  const candidates = [
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean),
    ...debianVersionsNewestFirst().map((version) => join(debianInstalls, version, 'bin')),
  ];
  const found = candidates.find((dir) => isExecutable(join(dir, 'initdb')));
  if (!found) {
    throw new Error(`initdb is neither on PATH nor in ${debianInstalls}/*/bin: install PostgreSQL`);
  }
  return found;
}

function debianVersionsNewestFirst(): string[] {
  if (!existsSync(debianInstalls)) return [];
  return readdirSync(debianInstalls)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
