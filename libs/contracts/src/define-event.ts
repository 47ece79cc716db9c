import { InvalidEventError } from './invalid-event-error';
import { Topic } from './topics';

export interface EventDefinition<Type extends string = string> {
  type: Type;
  topic: Topic;
  payload: new () => object;
}

const VERSIONED = /\.v[1-9]\d*$/;
const registry = new Map<string, EventDefinition>();

/**
 * Registers an event type so that producers and consumers validate its payload. Returns the
 * type as a literal, so consumers can switch on it.
 */
export function defineEvent<Type extends string>(definition: EventDefinition<Type>): Type {
  // A misspelt or copied type would otherwise silently replace another event's schema.
  if (registry.has(definition.type)) {
    throw new Error(`event type "${definition.type}" is already defined`);
  }
  if (!VERSIONED.test(definition.type)) {
    throw new Error(`event type "${definition.type}" must end in .v<N>, see VERSIONING.md`);
  }
  registry.set(definition.type, definition);
  return definition.type;
}

/** The registered definition of `type`; producers use it to find the event's topic. */
export function eventDefinition(type: string): EventDefinition {
  const definition = registry.get(type);
  if (!definition) throw new InvalidEventError(`unknown event type "${type}"`);
  return definition;
}
