import { ChildProcess, spawn } from 'node:child_process';
import { findFreePorts, workspaceRoot } from '@citypoints/local-infra';
import { waitFor } from './wait-for';

export interface ServiceProcess {
  url: string;
  process: ChildProcess;
  /** SIGTERM, as Kubernetes stops a pod; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Runs services/<name> as its own process, as in production, and waits until it is ready. */
export async function startServiceProcess(
  name: string,
  env: Record<string, string>,
): Promise<ServiceProcess> {
  const [port] = await findFreePorts(1);
  const child = spawn('node', ['-r', '@swc-node/register', `services/${name}/src/main.ts`], {
    cwd: workspaceRoot(),
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${name} to be ready`, async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
      const ready = await fetch(`${url}/health/ready`).then(
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
    process: child,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
