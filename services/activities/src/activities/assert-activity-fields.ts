import { assertLimits, assertPlace, assertSchedule } from '@citypoints/activity-rules';
import { DomainError } from '@citypoints/contracts';
import { ActivityFields } from './activity';

/**
 * Asserts what no single field says: the schedule, limits and place by activity-rules' own
 * assertions (the DTO checked them too; domain code does not rest on the edge), and that an
 * activity verified by QR code and GPS has a place to check the position against. Throws
 * DomainError('invalid') naming the field: activity-rules' codes, or `place-required`.
 */
export function assertActivityFields(fields: ActivityFields): void {
  assertSchedule(fields.schedule);
  assertLimits(fields.limits);
  if (fields.place) assertPlace(fields.place);
  if (fields.methods.includes('qr-gps') && !fields.place) {
    const message = 'place is required when methods include qr-gps';
    throw new DomainError('invalid', 'place-required', message, 'place');
  }
}
