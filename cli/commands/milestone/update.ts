import { Command, Option } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { MILESTONE_STATES } from '../../../contracts/milestone.schema.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import { MILESTONE_CONSTRAINT_FLAGS, OUTLINE_FLAGS } from '../task/outline-flags.js';

const PLAN_FLAGS: readonly FieldFlag[] = [...OUTLINE_FLAGS, ...MILESTONE_CONSTRAINT_FLAGS];
import { addJsonOption, printJson } from '../../output.js';
import { addVersionOption, versionToSend, writeAtVersion } from '../../versioned-write.js';

type MilestoneUpdateBody =
  paths['/api/milestones/{id}']['patch']['requestBody']['content']['application/json'];
type MilestoneState = (typeof MILESTONE_STATES)[number];

interface MilestoneUpdateOptions {
  name?: string;
  date?: string;
  workstream?: string;
  description?: string;
  state?: MilestoneState;
  achieved?: boolean;
  missed?: boolean;
  planned?: boolean;
  at?: string;
  confirmUnmetCriteria?: boolean;
  version?: string;
  json?: boolean;
}

/** `--achieved`, `--missed`, `--planned` are short for `--state …`; more than one is a contradiction. */
function stateOf(options: MilestoneUpdateOptions): MilestoneState | undefined {
  const states = [
    ...(options.state ? [options.state] : []),
    ...(options.achieved ? (['achieved'] as const) : []),
    ...(options.missed ? (['missed'] as const) : []),
    ...(options.planned ? (['planned'] as const) : []),
  ];
  if (new Set(states).size > 1)
    throw CliError.usage('state: give one of --achieved, --missed, --planned or --state');
  return states[0];
}

const noneToNull = (text: string) => (text === 'none' ? null : text);

function bodyOf(options: MilestoneUpdateOptions): Omit<MilestoneUpdateBody, 'version'> {
  const state = stateOf(options);
  return {
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.date !== undefined ? { dueDate: noneToNull(options.date) } : {}),
    ...(options.workstream !== undefined ? { workstreamId: noneToNull(options.workstream) } : {}),
    ...(options.description !== undefined ? { description: options.description } : {}),
    ...(state !== undefined ? { state } : {}),
    ...(options.at !== undefined ? { achievedAt: options.at } : {}),
    ...(options.confirmUnmetCriteria ? { confirmUnmetCriteria: true } : {}),
  };
}

export function milestoneUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description("change a milestone's name, date, workstream, description or state")
    .argument('<id>', 'milestone id')
    .option('--name <text>', 'milestone name')
    .option('--date <date>', 'due date, YYYY-MM-DD; "none" for no date')
    .addOption(new Option('--due-date <date>').hideHelp())
    .option('--workstream <id>', 'workstream id; "none" to take it out of its workstream')
    .option('--description <text>', 'what reaching it means')
    .addOption(
      new Option('--state <state>', 'planned | achieved | missed').choices(MILESTONE_STATES),
    )
    .option('--achieved', 'mark it achieved (now, or --at)')
    .option('--missed', 'mark it missed')
    .option('--planned', 'back to planned (not achieved)')
    .option('--at <datetime>', "when it was achieved, YYYY-MM-DDTHH:MM:SS on the program's clock")
    .option('--confirm-unmet-criteria', 'mark it achieved although success criteria are unmet');
  addFieldOptions(command, PLAN_FLAGS);
  addVersionOption(command);
  addJsonOption(command);
  return command.action(
    async (id: string, options: MilestoneUpdateOptions & { dueDate?: string }) => {
      const body = {
        ...bodyOf({ ...options, date: options.date ?? options.dueDate }),
        ...(fieldsFromOptions(PLAN_FLAGS, options as Record<string, unknown>) as Partial<
          Omit<MilestoneUpdateBody, 'version'>
        >),
      };
      const changes = Object.keys(body).filter((key) => key !== 'confirmUnmetCriteria');
      if (changes.length === 0)
        throw CliError.usage(
          'Nothing to change: give at least one of --name, --date, --workstream, --description, --achieved, --missed, --planned, --state, --at, --parent, --calendar, --constraint-type, --constraint-date',
        );
      const { url, client } = await connect(io);
      const path = { params: { path: { id } } };
      const current = await call(url, client.GET('/api/milestones/{id}', path));
      const version = versionToSend(options, current.version);
      const milestone = await writeAtVersion(
        url,
        client.PATCH('/api/milestones/{id}', { ...path, body: { ...body, version } }),
        { what: `milestone "${current.name}" (${id})`, sentVersion: version },
      );
      if (options.json) return printJson(io, milestone);
      const achieved = milestone.achievedAt ? ` at ${milestone.achievedAt}` : '';
      io.out(
        `Updated milestone "${milestone.name}" (${milestone.id}): due ${milestone.dueDate ?? '-'}, ${milestone.state}${achieved}, now version ${milestone.version}\n`,
      );
    },
  );
}
