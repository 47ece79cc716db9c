import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** A setting is missing or wrong; the message names each one. */
export class ConfigError extends Error {}

export function loadConfig<T extends object>(
  configClass: new () => T,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const config = plainToInstance(configClass, { ...env });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) throw new ConfigError(errors.map(describe).join('; '));
  return config;
}

function describe(error: ValidationError): string {
  if (error.value === undefined) return `${error.property} is not set`;
  return [...new Set(Object.values(error.constraints ?? {}))].join(', ');
}
