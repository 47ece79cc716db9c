import { isISO8601, ValidateBy } from 'class-validator';

// A time zone designator is required: without one, "10:00" would be read in the server's zone.
const WITH_ZONE = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A DTO field holding an instant: an ISO 8601 date-time with a time zone designator (`Z` or
 * `±hh:mm`), such as `2027-05-01T00:00:00Z`. Refused with a message naming the field.
 */
export function IsInstant(): PropertyDecorator {
  return ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (value) =>
        typeof value === 'string' && isISO8601(value, { strict: true }) && WITH_ZONE.test(value),
      defaultMessage: (args) =>
        `${args?.property} must be an ISO 8601 date-time with a time zone (Z or ±hh:mm)`,
    },
  });
}
