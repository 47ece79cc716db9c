import { DateTime } from 'luxon';
import { RuleProblem } from './rule-problem';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Why `value` is not a local wall-clock time 'HH:mm' (00:00–23:59, or '24:00' when
 * `endOfDay` is allowed, as ISO 8601 writes the end of a day), naming the field; code
 * `malformed-time`.
 */
export function timeProblem(
  value: unknown,
  field: string,
  endOfDay = false,
): RuleProblem | undefined {
  if (typeof value === 'string' && (TIME.test(value) || (endOfDay && value === '24:00'))) {
    return undefined;
  }
  return malformed(field, `${field} must be a local time HH:mm`);
}

/** Why `value` is not a calendar date 'YYYY-MM-DD' that exists; code `malformed-time`. */
export function dateProblem(value: unknown, field: string): RuleProblem | undefined {
  if (typeof value === 'string' && DATE.test(value) && exists(value)) return undefined;
  return malformed(field, `${field} must be a date YYYY-MM-DD`);
}

/** Why `value` is not a local date-time 'YYYY-MM-DDTHH:mm'; code `malformed-time`. */
export function dateTimeProblem(value: unknown, field: string): RuleProblem | undefined {
  if (typeof value === 'string' && DATE_TIME.test(value) && exists(value)) return undefined;
  return malformed(field, `${field} must be a local date-time YYYY-MM-DDTHH:mm`);
}

// The patterns let 2027-02-30 through; the calendar does not. UTC has no gaps to trip on.
function exists(value: string): boolean {
  return DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

function malformed(field: string, message: string): RuleProblem {
  return { field, code: 'malformed-time', message };
}
