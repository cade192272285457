import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type SurveyRow =
  paths['/api/surveys']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<SurveyRow>[] = [
  { header: 'ID', value: (s) => s.id },
  { header: 'TITLE', value: (s) => s.title, maxWidth: 40 },
  { header: 'PROGRAM', value: (s) => orDash(s.programName), maxWidth: 30 },
  { header: 'INVITED', value: (s) => String(s.invited) },
  { header: 'RESPONSES', value: (s) => String(s.responses) },
  { header: 'SENDING', value: (s) => s.sendTrigger },
  { header: 'ANONYMOUS', value: (s) => (s.anonymous ? 'yes' : 'no') },
];

export function surveyListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description('surveys of the programs you can see, newest first')
    .option('--program <id>', 'only this program’s');
  addJsonOption(command);
  return command.action(async (options: { program?: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(
      url,
      client.GET('/api/surveys', {
        params: { query: options.program ? { programId: options.program } : {} },
      }),
    );
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No surveys.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
