import {
  ValidationArguments,
  ValidationTypes,
  ValidatorConstraintInterface,
} from 'class-validator';
import type { ISchemaConverters } from 'class-validator-jsonschema/build/defaultConverters';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { SCHEDULE_KINDS } from '../fields/activity-fields';
import { MAX_POINTS } from '../fields/points';
import { humanTextSchema } from './human-text-schema';
import { humanTextLimits } from './human-text-fields';

/** Whether the validator of `meta` (a ValidateBy decorator) accepts `value`. */
function accepts(meta: ValidationMetadata, value: unknown): boolean {
  const constraint = new (meta.constraintCls as new () => ValidatorConstraintInterface)();
  return (
    constraint.validate(value, { property: meta.propertyName } as ValidationArguments) === true
  );
}

/**
 * JSON Schema for the validators that class-validator-jsonschema does not know (ours, made
 * with ValidateBy, and IsTimeZone), and draft-07 forms of those whose default says more than
 * the decorator (Min, Max and IsPositive set no type: IsInt or IsNumber beside them does).
 * Any other custom validator stops generation rather than pass as `{}`.
 */
export const SCHEMA_CONVERTERS: ISchemaConverters = {
  min: (meta) => ({ minimum: meta.constraints[0] }),
  max: (meta) => ({ maximum: meta.constraints[0] }),
  isPositive: { exclusiveMinimum: 0 },
  isTimeZone: { type: 'string', description: 'An IANA time zone name, e.g. `Europe/Lisbon`.' },
  // IsPoints keeps its sign in a closure: a signed amount is one that may be negative.
  isPoints: (meta) =>
    accepts(meta, -1)
      ? { type: 'integer', minimum: -MAX_POINTS, maximum: MAX_POINTS, not: { const: 0 } }
      : { type: 'integer', minimum: 1, maximum: MAX_POINTS },
  isHumanText: (meta) => humanTextSchema(humanTextLimits(meta.target as object, meta.propertyName)),
  isScheduleShape: {
    type: 'object',
    required: ['kind'],
    properties: { kind: { enum: [...SCHEDULE_KINDS] } },
    description: "activity-rules' Schedule, checked in full by its producer.",
  },
  isOneOfTheAccounts: {
    type: 'string',
    description: 'Equal to `fromAccountId` or to `toAccountId`.',
  },
  [ValidationTypes.CUSTOM_VALIDATION]: (meta) => {
    throw new Error(
      `${(meta.target as { name?: string }).name}.${meta.propertyName}: no JSON Schema for its ` +
        `validator, add one to schema-converters.ts`,
    );
  },
};
