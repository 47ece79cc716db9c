import i18next, { type TFunction } from 'i18next';

/** A refusal of the public API: RFC 9457 problem details, as the gateway answers them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
}

/** What a form shows of a refusal: a message per field it names, and one for the form. */
export interface ShownProblem {
  fields: Record<string, string>;
  form?: string;
}

/**
 * A refusal in the person's language: each field it names gets the text `known` has for the
 * problem's code (problem code → text), else that field's hint (`errors.field.<name>`) when
 * the app has one, else the server's message; a refusal naming no field becomes the form's
 * message, from `known` when it knows the code. A failure to reach the server (`problem`
 * undefined) is the network message.
 */
export function showProblem(
  t: TFunction,
  problem: Problem | undefined,
  known: Record<string, string> = {},
): ShownProblem {
  if (!problem) return { fields: {}, form: t('errors.network') };
  const explained = problem.code ? known[problem.code] : undefined;
  const fields: Record<string, string> = {};
  for (const { field, message } of problem.errors ?? []) {
    const name = field.split('.')[0];
    const hint = `errors.field.${name}`;
    fields[name] = explained ?? (i18next.exists(hint) ? t(hint) : message);
  }
  if (Object.keys(fields).length > 0) return { fields };
  const form =
    explained ||
    t('errors.unexpected', { detail: problem.detail ?? problem.title ?? String(problem.status) });
  return { fields, form };
}
