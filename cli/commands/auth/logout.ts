import { Command } from 'commander';
import { call, clientFor } from '../../connection.js';
import { credentialsPath, deleteCredentials, readCredentials } from '../../credentials.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

/**
 * Revokes the stored token at the server, then forgets it. A token from
 * WAYMARK_TOKEN is left alone: whoever set it owns it.
 */
export function logoutCommand(io: CliIo): Command {
  const command = new Command('logout').description('revoke the stored API token and forget it');
  addJsonOption(command);
  return command.action(async (options: { json?: boolean }) => {
    const stored = await readCredentials(io.env).catch(() => null);
    if (!stored) {
      const hint = io.env.WAYMARK_TOKEN
        ? ' (WAYMARK_TOKEN is set in the environment; unset it to stop using it)'
        : '';
      await deleteCredentials(io.env);
      io.out(`Not logged in: nothing stored in ${credentialsPath(io.env)}${hint}\n`);
      return;
    }
    const client = clientFor(io, stored.url, { authorization: `Bearer ${stored.token}` });
    try {
      // Older files lack the id; the token's prefix finds it among the user's tokens.
      let tokenId = stored.tokenId;
      if (!tokenId) {
        const list = await call(stored.url, client.GET('/api/tokens'));
        tokenId = list.items.find(
          (token) => stored.token.startsWith(token.prefix) && !token.revokedAt,
        )?.id;
      }
      if (!tokenId)
        throw CliError.failure('The stored token is not among your tokens at the server.');
      const revoked = await call(
        stored.url,
        client.DELETE('/api/tokens/{id}', { params: { path: { id: tokenId } } }),
      );
      await deleteCredentials(io.env);
      if (options.json) printJson(io, revoked);
      else io.out(`Logged out of ${stored.url}; token "${revoked.name}" revoked\n`);
    } catch (error) {
      if (error instanceof CliError && error.status === 401) {
        // The server no longer accepts the token: it was revoked already, so forgetting it is all that is left.
        await deleteCredentials(io.env);
        io.out(`Logged out of ${stored.url}; the stored token was already revoked\n`);
        return;
      }
      // Logging out must work offline too; say plainly that the token may still be valid.
      await deleteCredentials(io.env);
      const reason = error instanceof CliError ? error.lines : [String(error)];
      throw new CliError(
        [
          ...reason,
          `Forgot the stored token, but could not revoke it at ${stored.url}; revoke it from your Waymark profile.`,
        ],
        error instanceof CliError ? error.exitCode : 1,
      );
    }
  });
}
