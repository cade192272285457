import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { findUser } from './find-user.js';
import { formatInstantUtc } from '../../../server/modules/mail/account-link-mail.js';
import { deliveryNote } from './link-delivery.js';

export function userResetPasswordCommand(io: CliIo): Command {
  const command = new Command('reset-password')
    .description(
      'print a link (valid 7 days, once) for the person to set a new password, and e-mail it when the server has e-mail configured',
    )
    .argument('<user>', 'id or e-mail');
  addJsonOption(command);
  return command.action(async (who: string, options: { json?: boolean }) => {
    const connection = await connect(io);
    const user = await findUser(connection, who);
    const link = await call(
      connection.url,
      connection.client.POST('/api/users/{id}/password-reset', {
        params: { path: { id: user.id } },
      }),
    );
    if (options.json) return printJson(io, link);
    io.out(
      `Password-reset link for ${user.name} <${user.email}>. ${deliveryNote(link)}, valid until ${formatInstantUtc(link.expiresAt)}; using it signs them out everywhere:\n${link.url}\n`,
    );
  });
}
