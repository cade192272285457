import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';
import { scopeText, whenText, type ReviewBody } from './review-format.js';

export function reviewListCommand(io: CliIo): Command {
  const command = new Command('list').description(
    'the reviews you can see: portfolio reviews and those of programs you can read',
  );
  addJsonOption(command);
  return command.action(async (options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/reviews'));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No reviews.\n');
    const columns: Column<ReviewBody>[] = [
      { header: 'ID', value: (r) => r.id },
      { header: 'TITLE', value: (r) => r.title, maxWidth: 40 },
      { header: 'PROGRAMS', value: scopeText, maxWidth: 40 },
      { header: 'WHEN', value: whenText, maxWidth: 40 },
      { header: 'NEXT', value: (r) => orDash(r.nextOccurrence) },
    ];
    io.out(renderTable(columns, list.items));
  });
}
