import type { TFunction } from 'i18next';
import { showProblem, type Problem, type ShownProblem } from '../api/problem';

/**
 * A refusal of the public API as an admin form shows it (showProblem): each field the form
 * has (`fields`) keeps its message next to that field; a message for a field the form does
 * not show (e.g. `version`) becomes the form's, so that no refusal goes unseen. A changed
 * record (`stale-version`, 409) reads "changed meanwhile, reload" in the admin's language.
 */
export function refusal(
  t: TFunction,
  problem: Problem | undefined,
  fields: readonly string[],
  known: Record<string, string> = {},
): ShownProblem {
  const shown = showProblem(t, problem, {
    'stale-version': t('manage.changedMeanwhile'),
    ...known,
  });
  const kept: Record<string, string> = {};
  const others: string[] = [];
  for (const [field, message] of Object.entries(shown.fields)) {
    if (fields.includes(field)) kept[field] = message;
    else others.push(message);
  }
  const form = [shown.form, ...others].filter(Boolean).join(' ') || undefined;
  return { fields: kept, form };
}
