import { ChildProcess, spawn } from 'node:child_process';
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
}

/**
 * Runs services/<name> as its own process, as in production, and waits until it is ready.
 * LOG_LEVEL is warn unless `env` names one.
 */
export async function startServiceProcess(
  name: string,
  env: Record<string, string>,
  options: ServiceProcessOptions = {},
): Promise<ServiceProcess> {
  const [port, managementPort] = options.ports
    ? [options.ports.api, options.ports.management ?? 0]
    : await findFreePorts(2);
  const child = spawn('node', ['-r', '@swc-node/register', `services/${name}/src/main.ts`], {
    cwd: workspaceRoot(),
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      ...env,
      PORT: String(port),
      MANAGEMENT_PORT: String(managementPort),
    },
    stdio: ['ignore', options.output ? 'pipe' : 'inherit', options.output ? 'pipe' : 'inherit'],
  });
  if (options.output) {
    child.stdout?.on('data', options.output);
    child.stderr?.on('data', options.output);
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const managementUrl = options.managementPort ? `http://127.0.0.1:${managementPort}` : url;
  try {
    await waitFor(`${name} to be ready`, async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
      const ready = await fetch(`${managementUrl}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      return ready ? true : undefined;
    });
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
