import type { Issue } from '../../../contracts/common.schema.js';
import type { DecisionOptionInput, DecisionStatus } from '../../../contracts/decision.schema.js';

/** A decision as it would be after a write: what the rules below look at. */
export interface DecisionState {
  id: string | null;
  status: DecisionStatus;
  decision: string | null;
  chosenOption: number | null;
  optionCount: number;
  supersededById: string | null;
}

/** An amount in the major unit with at most two decimals (numeric(14, 2) keeps it exactly). */
export function hasAtMostTwoDecimals(amount: number): boolean {
  const cents = amount * 100;
  // Within a few units in the last place of the product: 0.07 * 100 is 7.000000000000001.
  // (A relative tolerance let 5000.005 through; the property test keeps it as a case.)
  const tolerance = Math.max(1e-9, Math.abs(cents) * Number.EPSILON * 8);
  return Math.abs(cents - Math.round(cents)) <= tolerance;
}

/** Each option's cost, named by its index. */
export function optionIssues(options: readonly DecisionOptionInput[]): Issue[] {
  return options.flatMap((o, i) =>
    typeof o.cost === 'number' && !hasAtMostTwoDecimals(o.cost)
      ? [
          {
            path: `body.options[${i}].cost`,
            code: 'precision',
            message: 'must have at most 2 decimals',
          },
        ]
      : [],
  );
}

/**
 * The rules that span fields, on the state a write would leave: a decided one
 * says what was decided; a superseded one names the decision that replaced it
 * (never itself), and only a superseded one does; the chosen option is one of
 * the options.
 */
export function decisionStateIssues(state: DecisionState): Issue[] {
  const issues: Issue[] = [];
  if (state.status === 'decided' && !state.decision?.trim())
    issues.push({
      path: 'body.decision',
      code: 'required',
      message: 'is required to mark the decision decided: say what was decided',
    });
  if (state.status === 'superseded' && state.supersededById === null)
    issues.push({
      path: 'body.supersededById',
      code: 'required',
      message: 'is required when the status is superseded: name the decision that replaced it',
    });
  if (state.status !== 'superseded' && state.supersededById !== null)
    issues.push({
      path: 'body.supersededById',
      code: 'not_superseded',
      message: 'can only be set when the status is superseded',
    });
  if (state.id !== null && state.supersededById === state.id)
    issues.push({
      path: 'body.supersededById',
      code: 'itself',
      message: 'cannot be the decision itself',
    });
  if (state.chosenOption !== null && state.chosenOption >= state.optionCount)
    issues.push({
      path: 'body.chosenOption',
      code: 'out_of_range',
      message:
        state.optionCount === 0
          ? 'cannot be set: the decision has no options'
          : `must be the index of one of the ${state.optionCount} options (0 to ${state.optionCount - 1})`,
    });
  return issues;
}
