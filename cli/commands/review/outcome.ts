import { Command, Option } from 'commander';
import { REVIEW_OUTCOME_KINDS } from '../../../contracts/review.schema.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

interface OutcomeOptions {
  date?: string;
  item: string;
  kind: (typeof REVIEW_OUTCOME_KINDS)[number];
  text: string;
  resolved?: boolean;
  decisionTitle?: string;
  actionTitle?: string;
  owner?: string;
  due?: string;
  json?: boolean;
}

export function reviewOutcomeCommand(io: CliIo): Command {
  const command = new Command('outcome')
    .description('record a note, a decision or an action item against an agenda item')
    .argument('<id>', 'review id')
    .requiredOption('--item <key>', 'the agenda item key (see `waymark review agenda`)')
    .addOption(
      new Option('--kind <kind>', 'what is recorded')
        .choices([...REVIEW_OUTCOME_KINDS])
        .makeOptionMandatory(),
    )
    .requiredOption('--text <text>', 'the note; for a decision, what was decided')
    .option('--date <date>', 'the occurrence (YYYY-MM-DD); default the next one')
    .option('--resolved', 'notes: the item is settled (it is not carried over)')
    .option('--decision-title <text>', "decisions: the decision log's title")
    .option('--action-title <text>', 'action items: what is to be done')
    .option('--owner <id>', 'action items: who does it')
    .option('--due <date>', 'action items: by when');
  addJsonOption(command);
  return command.action(async (id: string, options: OutcomeOptions) => {
    const { url, client } = await connect(io);
    const date =
      options.date ??
      (await call(url, client.GET('/api/reviews/{id}', { params: { path: { id } } })))
        .nextOccurrence;
    if (!date) throw CliError.usage('date: the review has no occurrence left; give --date');
    const outcome = await call(
      url,
      client.POST('/api/reviews/{id}/outcomes', {
        params: { path: { id } },
        body: {
          date,
          itemKey: options.item,
          kind: options.kind,
          text: options.text,
          ...(options.resolved ? { resolved: true } : {}),
          ...(options.decisionTitle ? { decisionTitle: options.decisionTitle } : {}),
          ...(options.kind === 'action_item'
            ? {
                actionItem: {
                  title: options.actionTitle ?? options.text.slice(0, 300),
                  ...(options.owner ? { ownerId: options.owner } : {}),
                  ...(options.due ? { dueDate: options.due } : {}),
                },
              }
            : {}),
        },
      }),
    );
    if (options.json) return printJson(io, outcome);
    io.out(
      `Recorded ${outcome.kind} on "${outcome.item.title}" at ${outcome.date}${outcome.decisionId ? `; decision ${outcome.decisionId} is in the decision log` : ''}\n`,
    );
  });
}
