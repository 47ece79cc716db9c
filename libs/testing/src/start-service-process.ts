import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { findFreePorts, workspaceRoot } from '@citypoints/local-infra';
import { waitFor } from './wait-for';

export interface ServiceProcess {
  url: string;
  /** Where /health and /metrics answer: the management port when it has one, else `url`. */
  managementUrl: string;
  process: ChildProcess;
  /** SIGTERM, as Kubernetes stops a pod; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface ServiceProcessOptions {
  /** The service serves /health and /metrics on a MANAGEMENT_PORT of their own (the gateway). */
  managementPort?: boolean;
  /** Receives what the process writes (its JSON logs), instead of this process's terminal. */
  output?: (chunk: Buffer) => void;
  /** Fixed ports (`npm start`'s), instead of free ones; a 0 management port lets it pick. */
  ports?: { api: number; management?: number };
  /**
   * Runs the compiled `dist/services/<name>/src/main.js` (`npm run build`) rather than the
   * TypeScript through swc-node: no compiler loaded in the process, so it starts sooner and
   * holds less memory; the build must be current.
   */
  compiled?: boolean;
  /** Arguments to node itself before the entry (heap sizes, say). */
  nodeArguments?: readonly string[];
  /** Appends what the process writes to this file, which it holds itself (outlives a parent). */
  logFile?: string;
  /**
   * How long it may take to be ready (READY_TIMEOUT_MS unless given): a 2-core machine running
   * several test projects at once has taken over 30 s to start a service.
   */
  readyTimeoutMs?: number;
}

// Starts on free ports picked by another cluster meanwhile (the two chose the same port before
// either bound it) are tried again on new ones, this many times in all.
const ATTEMPTS_ON_FREE_PORTS = 3;

/** How long a service may take to be ready by default. */
const READY_TIMEOUT_MS = 120_000;

/**
 * Runs services/<name> as its own process, as in production, and waits until it is ready:
 * /health/ready answers 200 from this very process (its `x-instance-id`, from INSTANCE_ID).
 * LOG_LEVEL is warn unless `env` names one. On free ports, a port that another process took
 * first is tried again on new ones.
 */
export async function startServiceProcess(
  name: string,
  env: Record<string, string>,
  options: ServiceProcessOptions = {},
): Promise<ServiceProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(name, env, options);
    } catch (error) {
      // A process that exits at once may have lost its port too (the gateway's API port).
      const retried = error instanceof PortTakenError || error instanceof ExitedError;
      if (!retried || options.ports || attempt >= ATTEMPTS_ON_FREE_PORTS) throw error;
    }
  }
}

function entry(name: string, { compiled }: ServiceProcessOptions): string[] {
  return compiled
    ? [`dist/services/${name}/src/main.js`]
    : ['-r', '@swc-node/register', `services/${name}/src/main.ts`];
}

/** The child's stdout and stderr: a pipe to `output`, the log file open as `logFd`, or ours. */
function outputs(output: unknown, logFd: number | undefined): ('pipe' | 'inherit' | number)[] {
  if (output) return ['pipe', 'pipe'];
  return logFd === undefined ? ['inherit', 'inherit'] : [logFd, logFd];
}

/** Another process answered on the port a service was given. */
class PortTakenError extends Error {}

/** The service's process ended before it was ready. */
class ExitedError extends Error {}

async function startOnce(
  name: string,
  env: Record<string, string>,
  options: ServiceProcessOptions,
): Promise<ServiceProcess> {
  const [port, managementPort] = options.ports
    ? [options.ports.api, options.ports.management ?? 0]
    : await findFreePorts(2);
  const instance = randomUUID();
  const logFd = options.logFile && !options.output ? openSync(options.logFile, 'a') : undefined;
  const child = spawn('node', [...(options.nodeArguments ?? []), ...entry(name, options)], {
    cwd: workspaceRoot(),
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      ...env,
      PORT: String(port),
      MANAGEMENT_PORT: String(managementPort),
      INSTANCE_ID: instance,
    },
    stdio: ['ignore', ...outputs(options.output, logFd)],
  });
  // The child holds its own copy from here.
  if (logFd !== undefined) closeSync(logFd);
  if (options.output) {
    child.stdout?.on('data', options.output);
    child.stderr?.on('data', options.output);
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const managementUrl = options.managementPort ? `http://127.0.0.1:${managementPort}` : url;
  try {
    await waitFor(
      `${name} to be ready`,
      async () => {
        if (child.exitCode !== null) {
          const log = options.logFile ? ` (its log: ${options.logFile})` : '';
          throw new ExitedError(`${name} exited with code ${child.exitCode}${log}`);
        }
        const response = await fetch(`${managementUrl}/health/ready`).catch(() => undefined);
        if (!response?.ok) return undefined;
        if (response.headers.get('x-instance-id') !== instance) {
          throw new PortTakenError(`another process answers on ${managementUrl} for ${name}`);
        }
        return true;
      },
      options.readyTimeoutMs ?? READY_TIMEOUT_MS,
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    managementUrl,
    process: child,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
