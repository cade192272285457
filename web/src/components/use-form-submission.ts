import { useState } from 'react';
import { formProblemOf, NO_PROBLEM, type FormProblem } from '../api/issues';
import { asProblem, type ApiProblem } from '../api/waymark-api';

export interface FormSubmission {
  /** What the last attempt got wrong, placed under the fields it names. */
  problem: FormProblem;
  /** For what the form finds itself before sending (a number that is not one). */
  setProblem(problem: FormProblem): void;
  /** A request is out: the submit button is disabled so it is not sent twice. */
  busy: boolean;
  /**
   * Clears the last problem, runs `send` (the API call and what follows success),
   * and on failure shows the API's issues under their fields. Resolves to whether it
   * succeeded. `adjust` lets a form reword what was placed, or show the problem its own way.
   */
  submit(
    send: () => Promise<void>,
    adjust?: (placed: FormProblem, problem: ApiProblem) => FormProblem,
  ): Promise<boolean>;
}

/**
 * The life of a form's submit: busy while the request is out, and the API's issues
 * shown under the fields in `fields` (`rename` maps an API field to the form's name).
 */
export function useFormSubmission(
  fields: readonly string[],
  rename?: Record<string, string>,
): FormSubmission {
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);

  async function submit(
    send: () => Promise<void>,
    adjust?: (placed: FormProblem, problem: ApiProblem) => FormProblem,
  ): Promise<boolean> {
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      await send();
      return true;
    } catch (error) {
      const problem = asProblem(error);
      const placed = formProblemOf(problem, fields, rename);
      setProblem(adjust ? adjust(placed, problem) : placed);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { problem, setProblem, busy, submit };
}
