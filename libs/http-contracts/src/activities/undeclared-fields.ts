import { RuleProblem } from '@citypoints/activity-rules';

/**
 * The fields a JSON object may have: each a value (`true`), an object of its own shape, or a
 * list whose entries have the shape in it.
 */
export interface FieldShape {
  [field: string]: true | FieldShape | [FieldShape];
}

/**
 * Every field of `value` under `field` that `shape` does not declare, at any depth, as a
 * problem `unknown-field` (`schedule.hours.0.colour is not a known field`). The platform's
 * validation refuses undeclared fields of DTO classes; this does the same for the JSON that an
 * activity rule judges, so that nothing undeclared is stored or published. Values of the wrong
 * type are the rule's to refuse and are passed over here.
 */
export function undeclaredFields(value: unknown, shape: FieldShape, field: string): RuleProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([name, child]) => {
    const path = `${field}.${name}`;
    const declared = Object.hasOwn(shape, name) ? shape[name] : undefined;
    if (declared === undefined) {
      return [{ field: path, code: 'unknown-field', message: `${path} is not a known field` }];
    }
    if (declared === true) return [];
    if (!Array.isArray(declared)) return undeclaredFields(child, declared, path);
    if (!Array.isArray(child)) return [];
    return child.flatMap((entry, i) => undeclaredFields(entry, declared[0], `${path}.${i}`));
  });
}
