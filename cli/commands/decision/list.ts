import { Command, Option } from 'commander';
import { DECISION_STATUSES } from '../../../contracts/decision.schema.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';
import { statusText, type DecisionBody } from './decision-format.js';

export function decisionListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description(
      "a program's decision log; without --program, every decision you can see (and the portfolio's)",
    )
    .option('--program <id>', 'program id')
    .addOption(new Option('--status <status>', 'only these').choices([...DECISION_STATUSES]))
    .option('--overdue', 'only proposed decisions past their needed-by date');
  addJsonOption(command);
  return command.action(
    async (options: { program?: string; status?: string; overdue?: boolean; json?: boolean }) => {
      const { url, client } = await connect(io);
      const query = {
        ...(options.status ? { status: options.status as DecisionBody['status'] } : {}),
        ...(options.overdue ? { overdue: true } : {}),
      };
      const list = await call(
        url,
        options.program
          ? client.GET('/api/programs/{id}/decisions', {
              params: { path: { id: options.program }, query },
            })
          : client.GET('/api/decisions', { params: { query } }),
      );
      if (options.json) return printJson(io, list);
      if (list.items.length === 0) return io.out('No decisions.\n');
      const columns: Column<DecisionBody>[] = [
        { header: 'ID', value: (d) => d.id },
        ...(options.program
          ? []
          : [{ header: 'PROGRAM', value: (d: DecisionBody) => d.programName ?? '(portfolio)' }]),
        { header: 'TITLE', value: (d) => d.title, maxWidth: 40 },
        { header: 'STATUS', value: statusText, maxWidth: 40 },
        { header: 'NEEDED BY', value: (d) => orDash(d.neededBy) },
        { header: 'DECIDED', value: (d) => orDash(d.decidedOn) },
        { header: 'BY', value: (d) => orDash(d.decidedByName), maxWidth: 24 },
      ];
      io.out(renderTable(columns, list.items));
    },
  );
}
