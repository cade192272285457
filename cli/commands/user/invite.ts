import { Command, Option } from 'commander';
import { ROLES } from '../../../contracts/account.schema.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { formatInstantUtc } from '../../../server/modules/mail/account-link-mail.js';
import { deliveryNote } from './link-delivery.js';

interface InviteOptions {
  name: string;
  role: (typeof ROLES)[number];
  title?: string;
  json?: boolean;
}

export function userInviteCommand(io: CliIo): Command {
  const command = new Command('invite')
    .description(
      'invite someone: prints a link (valid 7 days) for them to set a password, and e-mails it when the server has e-mail configured',
    )
    .argument('<email>', 'their e-mail, which they sign in with')
    .requiredOption('--name <name>', 'their name')
    .addOption(new Option('--role <role>', 'their role').choices(ROLES).default('stakeholder'))
    .option('--title <title>', 'their job title');
  addJsonOption(command);
  return command.action(async (email: string, options: InviteOptions) => {
    const { url, client } = await connect(io);
    const link = await call(
      url,
      client.POST('/api/users/invitations', {
        body: {
          email,
          name: options.name,
          role: options.role,
          ...(options.title ? { title: options.title } : {}),
        },
      }),
    );
    if (options.json) return printJson(io, link);
    io.out(
      `Invited ${link.user.name} <${link.user.email}> as ${link.user.role}. ${deliveryNote(link)}, valid until ${formatInstantUtc(link.expiresAt)}:\n${link.url}\n`,
    );
  });
}
