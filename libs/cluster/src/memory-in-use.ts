import { readdirSync, readFileSync } from 'node:fs';

/** What a set of processes holds in RAM, in bytes. */
export interface MemoryInUse {
  /** The sum of each process's resident set size (VmRSS): shared pages count once per process. */
  resident: number;
  /** The sum of their proportional set sizes (Pss): a page shared by n processes counts 1/n. */
  proportional: number;
  /** How many processes were counted. */
  processes: number;
}

/**
 * The memory the processes `pids` and all their descendants (Postgres's backends, say) hold,
 * read from Linux's /proc: VmRSS from `status`, Pss from `smaps_rollup` (VmRSS where that cannot
 * be read). A process that exits meanwhile counts 0. Linux only.
 */
export function memoryInUse(pids: readonly number[]): MemoryInUse {
  const all = withDescendants(pids);
  const sum = (read: (pid: number) => number) => all.reduce((total, pid) => total + read(pid), 0);
  const resident = (pid: number) => kilobytes(`/proc/${pid}/status`, 'VmRSS') * 1024;
  const proportional = (pid: number) =>
    (kilobytes(`/proc/${pid}/smaps_rollup`, 'Pss') || kilobytes(`/proc/${pid}/status`, 'VmRSS')) *
    1024;
  return { resident: sum(resident), proportional: sum(proportional), processes: all.length };
}

function withDescendants(pids: readonly number[]): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = parentOf(Number(entry));
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), +entry]);
  }
  const found = new Set<number>();
  const visit = (pid: number) => {
    if (found.has(pid)) return;
    found.add(pid);
    (children.get(pid) ?? []).forEach(visit);
  };
  // Pid 0 is no process but the parent of init and kthreadd: it would count the whole machine.
  pids.filter((pid) => pid > 0).forEach(visit);
  return [...found];
}

function parentOf(pid: number): number | undefined {
  try {
    // The parent follows the state, after the command name in parentheses (which may hold ') ').
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** A `<field>: <n> kB` line of a /proc file; 0 when the file or the field is missing. */
function kilobytes(path: string, field: string): number {
  try {
    const line = readFileSync(path, 'utf8')
      .split('\n')
      .find((text) => text.startsWith(`${field}:`));
    return line ? Number.parseInt(line.slice(field.length + 1), 10) : 0;
  } catch {
    return 0;
  }
}
