import { Command, Option } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

/** `waymark report deliver ID [--email A,B] [--slack]`: e-mails the report, posts it to Slack. */
export function reportDeliverCommand(io: CliIo): Command {
  const command = new Command('deliver')
    .description("send a report by e-mail and to the program's Slack channel, as configured")
    .argument('<id>', 'report id')
    .addOption(new Option('--email <addresses>', 'comma-separated e-mail addresses'))
    .addOption(new Option('--slack', "post it to the program's Slack channel"));
  addJsonOption(command);
  return command.action(
    async (id: string, options: { email?: string; slack?: boolean; json?: boolean }) => {
      const email = options.email
        ?.split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      if (!email?.length && !options.slack)
        throw CliError.usage('give --email ADDRESSES, --slack, or both');
      const { url, client } = await connect(io);
      const delivery = await call(
        url,
        client.POST('/api/status-reports/{id}/deliver', {
          params: { path: { id } },
          body: { ...(email?.length ? { email } : {}), ...(options.slack ? { slack: true } : {}) },
        }),
      );
      if (options.json) return printJson(io, delivery);
      if (delivery.email.length) io.out(`E-mailed to ${delivery.email.join(', ')}\n`);
      if (delivery.slack) io.out('Posted to Slack\n');
    },
  );
}
