import { HumanTextLimits } from '../text/human-text';
import { IsHumanText } from '../text/is-human-text';

/** How long the name of a person or a group may be, in characters as a reader counts them. */
export const DISPLAY_NAME: HumanTextLimits = { min: 1, max: 100 };

/**
 * A DTO field holding the name a person or a group is shown by: human text (IsHumanText),
 * normalised, 1 to 100 characters.
 */
export function IsDisplayName(): PropertyDecorator {
  return IsHumanText(DISPLAY_NAME);
}
