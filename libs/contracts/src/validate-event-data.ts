import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { eventDefinition } from './define-event';
import { InvalidEventError } from './invalid-event-error';

/** Returns `data` if it matches the payload schema of `type`, else names every wrong field. */
export function validateEventData<T>(type: string, data: unknown): T {
  const { payload } = eventDefinition(type);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidEventError('data must be a JSON object');
  }
  // Unknown fields are refused: a producer's typo must not pass as an absent optional field.
  const errors = validateSync(plainToInstance(payload, data), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  if (errors.length > 0) {
    throw new InvalidEventError(errors.flatMap((error) => describe(error, 'data')).join('; '));
  }
  return data as T;
}

// Nested payloads report their errors on the children, not on the parent property.
function describe(error: ValidationError, parent: string): string[] {
  const path = `${parent}.${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
  return [...own, ...(error.children ?? []).flatMap((child) => describe(child, path))];
}
