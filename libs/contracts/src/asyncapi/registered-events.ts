import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventDefinition, eventDefinition } from '../define-event';

const EVENTS_DIR = join(__dirname, '..', 'events');
const EVENT_MODULE = /^[a-z0-9-]+\.ts$/;

/**
 * Every event type the contracts define, sorted by type. The registry of define-event.ts is
 * private, so this loads every module of `events/` (each registers its events as it loads) and
 * keeps the exported strings that the registry knows: the event types.
 */
export function registeredEvents(): EventDefinition[] {
  const types = readdirSync(EVENTS_DIR)
    .filter((file) => EVENT_MODULE.test(file) && !file.endsWith('.spec.ts'))
    .flatMap((file) => Object.values(require(join(EVENTS_DIR, file)) as object))
    .filter((value): value is string => typeof value === 'string' && isRegistered(value));
  return [...new Set(types)].sort().map(eventDefinition);
}

function isRegistered(type: string): boolean {
  try {
    eventDefinition(type);
    return true;
  } catch {
    return false;
  }
}
