import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { InvalidEventError } from './cloud-event';

export interface EventDefinition {
  type: string;
  topic: string;
  payload: new () => object;
}

const registry = new Map<string, EventDefinition>();

/** Registers an event type, so that producers and consumers validate its payload. */
export function defineEvent(definition: EventDefinition): string {
  registry.set(definition.type, definition);
  return definition.type;
}

export function eventDefinition(type: string): EventDefinition {
  const definition = registry.get(type);
  if (!definition) throw new InvalidEventError(`unknown event type "${type}"`);
  return definition;
}

/** Returns `data` if it matches the payload schema of `type`, else names every wrong field. */
export function validateEventData<T>(type: string, data: unknown): T {
  const { payload } = eventDefinition(type);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidEventError('data must be a JSON object');
  }
  const errors = validateSync(plainToInstance(payload, data), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  if (errors.length > 0) {
    throw new InvalidEventError(errors.flatMap((error) => describe(error, 'data')).join('; '));
  }
  return data as T;
}

function describe(error: ValidationError, parent: string): string[] {
  const path = `${parent}.${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
  return [...own, ...(error.children ?? []).flatMap((child) => describe(child, path))];
}
