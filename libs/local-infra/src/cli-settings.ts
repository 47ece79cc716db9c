import { join, resolve } from 'node:path';
import { StackPorts } from './stack-options';

/** Ports away from the defaults of system servers, so both can run on one machine. */
const defaultPorts: StackPorts = {
  postgres: 55432,
  redis: 56379,
  kafka: 59092,
  kafkaController: 59093,
};

const portVariables: Record<keyof StackPorts, string> = {
  postgres: 'INFRA_POSTGRES_PORT',
  redis: 'INFRA_REDIS_PORT',
  kafka: 'INFRA_KAFKA_PORT',
  kafkaController: 'INFRA_KAFKA_CONTROLLER_PORT',
};

export function stackDir(env: NodeJS.ProcessEnv, root: string): string {
  return env.INFRA_DIR ? resolve(env.INFRA_DIR) : join(root, '.infra/local');
}

export function stackPorts(env: NodeJS.ProcessEnv): StackPorts {
  const entries = Object.entries(portVariables).map(([server, variable]) => {
    const value = env[variable];
    if (value === undefined || value === '')
      return [server, defaultPorts[server as keyof StackPorts]];
    const port = Number(value);
    if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
      throw new Error(`${variable} must be a port number from 1 to 65535, not "${value}"`);
    }
    return [server, port];
  });
  return Object.fromEntries(entries) as StackPorts;
}
