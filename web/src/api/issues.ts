import type { ApiProblem } from './waymark-api';

export interface FormProblem {
  /** Message per form field name (the path after `body.`, e.g. `targetDate`). */
  byField: Record<string, string>;
  /** What cannot be shown under a field: the summary, or issues for fields not on this form. */
  general: string[];
}

function sentence(field: string, message: string): string {
  return `${field} ${message}`.trim();
}

/**
 * Places each API issue under the field it names. `fields` maps the API path
 * (`body.lagMinutes`) to the form's field name when they differ (`lagHours`).
 */
export function formProblemOf(
  problem: ApiProblem,
  fieldNames: readonly string[],
  rename: Record<string, string> = {},
): FormProblem {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of problem.issues) {
    const apiField = issue.path.replace(/^body\.?/, '');
    const field = rename[apiField] ?? apiField;
    if (field && fieldNames.includes(field)) {
      byField[field] = byField[field] ? `${byField[field]}; ${issue.message}` : issue.message;
    } else {
      general.push(sentence(apiField || 'The request', issue.message));
    }
  }
  if (problem.issues.length === 0 || (general.length === 0 && Object.keys(byField).length === 0)) {
    general.push(problem.message);
  } else if (general.length === 0) {
    general.push('Please correct the fields marked below.');
  }
  return { byField, general };
}

export const NO_PROBLEM: FormProblem = { byField: {}, general: [] };
