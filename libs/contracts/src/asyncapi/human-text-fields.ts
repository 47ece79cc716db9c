import { ActivityImpactV1, ActivityTitlesV1 } from '../events/activity-snapshot';
import { ACTIVITY_TITLE, IMPACT_UNIT } from '../fields/activity-fields';
import { HumanTextLimits } from '../text/human-text';

// IsHumanText keeps its limits in a closure, out of class-validator's metadata: they are
// named here again, by the same constants, for the schema.
const LIMITS = new Map<object, Record<string, HumanTextLimits>>([
  [ActivityTitlesV1, { en: ACTIVITY_TITLE, sv: ACTIVITY_TITLE, pt: ACTIVITY_TITLE }],
  [ActivityImpactV1, { unit: IMPACT_UNIT }],
]);

/**
 * The limits of the IsHumanText field `property` of the event payload class `target`. Throws
 * for a field not listed here, so that a new human-text field in an event fails generation
 * until its limits are added.
 */
export function humanTextLimits(target: object, property: string): HumanTextLimits {
  const limits = LIMITS.get(target)?.[property];
  if (!limits) {
    const name = (target as { name?: string }).name;
    throw new Error(`${name}.${property}: add its IsHumanText limits to human-text-fields.ts`);
  }
  return limits;
}
