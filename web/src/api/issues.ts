import type { ApiProblem } from './waymark-api';

export interface FormProblem {
  /** Message per form field name (the path after `body.`, e.g. `targetDate`). */
  byField: Record<string, string>;
  /** What cannot be shown under a field: the summary, or issues for fields not on this form. */
  general: string[];
  /** Someone else saved first (409 version_conflict): the way out is to reload. */
  conflict: boolean;
}

export const NO_PROBLEM: FormProblem = { byField: {}, general: [], conflict: false };

/** Shown above a form when every issue could be placed under its field. */
export const SEE_FIELDS_MESSAGE = 'Please correct the fields marked below.';

/**
 * A problem the form finds before sending, in one field (a number that is not one):
 * JSON could not carry the value, so the API never gets the chance to say so.
 */
export function fieldProblem(field: string, message: string): FormProblem {
  return { byField: { [field]: message }, general: [SEE_FIELDS_MESSAGE], conflict: false };
}

export const CONFLICT_MESSAGE =
  'This was changed by someone else — reload to see the latest version, then make your change again.';

/**
 * Places each API issue under the field it names. `rename` maps an API field
 * to the form's field when they differ (`lagMinutes` is typed as `lagHours`).
 */
export function formProblemOf(
  problem: ApiProblem,
  fieldNames: readonly string[],
  rename: Record<string, string> = {},
): FormProblem {
  if (problem.isVersionConflict)
    return { byField: {}, general: [CONFLICT_MESSAGE], conflict: true };
  const byField: Record<string, string> = {};
  const general: string[] = [];
  const add = (list: string[], message: string) => {
    // Each bad entry of a list says the same of the list ("Links must be web addresses").
    if (!list.includes(message)) list.push(message);
  };
  const placed: Record<string, string[]> = {};
  // The server's messages are sentences that name their field (contracts/issue-messages.ts).
  for (const issue of problem.issues) {
    const apiField = issue.path.replace(/^body\.?/, '');
    const renamed = rename[apiField] ?? apiField;
    // `criteria[1].description` belongs under the `criteria` field.
    const field = fieldNames.find(
      (f) => renamed === f || renamed.startsWith(`${f}[`) || renamed.startsWith(`${f}.`),
    );
    if (field) add((placed[field] ??= []), issue.message);
    else add(general, issue.message);
  }
  for (const [field, messages] of Object.entries(placed)) byField[field] = messages.join('; ');
  if (general.length === 0) {
    general.push(Object.keys(byField).length > 0 ? SEE_FIELDS_MESSAGE : problem.message);
  }
  return { byField, general, conflict: false };
}
