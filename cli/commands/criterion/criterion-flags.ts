import { Option, type Command } from 'commander';
import { CRITERION_STATES } from '../../../contracts/milestone.schema.js';
import { CliError } from '../../errors.js';

type CriterionState = (typeof CRITERION_STATES)[number];

export interface CriterionFlagValues {
  description?: string;
  state?: CriterionState;
  met?: boolean;
  notMet?: boolean;
  pending?: boolean;
  evidenceUrl?: string;
}

/** The fields `criterion add` and `criterion update` share. */
export function addCriterionFieldOptions(command: Command, descriptionRequired: boolean): Command {
  const description = new Option('--description <text>', 'what must be true');
  return command
    .addOption(descriptionRequired ? description.makeOptionMandatory() : description)
    .addOption(new Option('--met', 'it is met'))
    .addOption(new Option('--not-met', 'it is not met'))
    .addOption(new Option('--pending', 'not judged yet'))
    .addOption(new Option('--state <state>', 'pending | met | not_met').choices(CRITERION_STATES))
    .addOption(
      new Option('--evidence-url <url>', 'a link that shows it is met; "none" to remove it'),
    );
}

/** The body fields given; --met, --not-met, --pending are short for --state, and only one may be given. */
export function criterionFields(options: CriterionFlagValues): {
  description?: string;
  state?: CriterionState;
  evidenceUrl?: string | null;
} {
  const states = [
    ...(options.state ? [options.state] : []),
    ...(options.met ? (['met'] as const) : []),
    ...(options.notMet ? (['not_met'] as const) : []),
    ...(options.pending ? (['pending'] as const) : []),
  ];
  if (new Set(states).size > 1)
    throw CliError.usage('state: give one of --met, --not-met, --pending or --state');
  return {
    ...(options.description !== undefined ? { description: options.description } : {}),
    ...(states[0] !== undefined ? { state: states[0] } : {}),
    ...(options.evidenceUrl !== undefined
      ? { evidenceUrl: options.evidenceUrl === 'none' ? null : options.evidenceUrl }
      : {}),
  };
}

export function stateInWords(state: CriterionState): string {
  return state === 'not_met' ? 'not met' : state;
}
