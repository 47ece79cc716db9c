import { existsSync, readFileSync, rmSync } from 'node:fs';
import { sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A zombie counts as gone: it no longer serves or holds ports, and when it was reparented to
 * an init that does not reap (as in some containers) it would otherwise never disappear.
 */
export function isRunning(pid: number): boolean {
  try {
    // The state comes after the command name, which is in parentheses and may contain ') '.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.charAt(stat.lastIndexOf(')') + 2);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

export function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * The pid the file names, if that process is still ours: pids are reused after a crash or
 * reboot, so the process must also have `ownFolder` on its command line. A stale file is removed.
 */
export function ownedPid(pidFile: string, ownFolder: string): number | undefined {
  const pid = readPid(pidFile);
  if (pid === undefined) return undefined;
  if (isRunning(pid) && commandLine(pid).some((arg) => isIn(arg, ownFolder))) return pid;
  rmSync(pidFile, { force: true });
  return undefined;
}

/** Asks politely with `signal`, kills after `graceMs`, and returns once the process is gone. */
export async function stopProcess(
  pid: number,
  signal: NodeJS.Signals,
  graceMs: number,
): Promise<void> {
  sendSignal(pid, signal);
  if (await exited(pid, graceMs)) return;
  sendSignal(pid, 'SIGKILL');
  if (!(await exited(pid, 5_000))) throw new Error(`process ${pid} survived SIGKILL`);
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

function isIn(arg: string, folder: string): boolean {
  return arg === folder || arg.startsWith(folder + sep);
}

function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}
