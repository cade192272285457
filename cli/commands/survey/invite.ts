import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable } from '../../output.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** One link per address; the links are printed to pass on (and e-mailed when e-mail is set up). */
export function surveyInviteCommand(io: CliIo): Command {
  const command = new Command('invite')
    .description('make one answer link per e-mail address (each works once, for 30 days)')
    .argument('<id>', 'survey id')
    .option('--email <address>', 'who to invite (repeatable)', collect);
  addJsonOption(command);
  return command.action(async (id: string, options: { email?: string[]; json?: boolean }) => {
    if (!options.email?.length) throw CliError.usage('emails: give at least one --email');
    const { url, client } = await connect(io);
    const list = await call(
      url,
      client.POST('/api/surveys/{id}/invitations', {
        params: { path: { id } },
        body: { emails: options.email },
      }),
    );
    if (options.json) return printJson(io, list);
    io.out(
      renderTable(
        [
          { header: 'EMAIL', value: (i: (typeof list.items)[number]) => i.email },
          { header: 'LINK', value: (i: (typeof list.items)[number]) => i.url },
        ],
        list.items,
      ),
    );
    io.out(
      list.emailed
        ? 'The links were also e-mailed.\n'
        : 'E-mail is not set up: pass the links on yourself.\n',
    );
  });
}
