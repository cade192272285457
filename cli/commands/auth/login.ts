import { Command } from 'commander';
import { call, clientFor, normalizeUrl, send } from '../../connection.js';
import { readCredentials, writeCredentials } from '../../credentials.js';
import { CliError, errorFromResponse } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { promptHidden, promptLine, readAllStdin } from '../../prompt.js';

const SESSION_COOKIE = 'waymark_session';
const TOKEN_NAME_MAX = 100;

interface LoginOptions {
  url?: string;
  email?: string;
  passwordStdin?: boolean;
  json?: boolean;
}

async function readPassword(io: CliIo, options: LoginOptions): Promise<string> {
  if (options.passwordStdin) return readAllStdin(io);
  // Never read a password from a pipe by accident: scripts say --password-stdin.
  if (!io.stdin.isTTY)
    throw CliError.usage('password: give --password-stdin when stdin is not a terminal');
  return promptHidden(io, 'Password: ');
}

function sessionCookieOf(response: Response): string | null {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${SESSION_COOKIE}=`)) return pair;
  }
  return null;
}

/**
 * Signs in with e-mail and password once, trades the session for a named API
 * token, and keeps only the token: the password is never stored, and the token
 * can be revoked on its own (`waymark logout`, or from the web UI).
 */
export function loginCommand(io: CliIo): Command {
  const command = new Command('login')
    .description('sign in and store an API token for the following commands')
    .option(
      '--url <url>',
      'the Waymark server, e.g. http://localhost:3000 (default: WAYMARK_URL, then the last login)',
    )
    .option('--email <email>', 'your account e-mail (asked for when omitted)')
    .option('--password-stdin', 'read the password from stdin instead of asking');
  addJsonOption(command);
  return command.action(async (options: LoginOptions) => {
    const previous = await readCredentials(io.env).catch(() => null);
    const rawUrl = options.url ?? io.env.WAYMARK_URL ?? previous?.url;
    if (!rawUrl)
      throw CliError.usage('url: give --url (e.g. --url http://localhost:3000) or set WAYMARK_URL');
    const url = normalizeUrl(rawUrl);
    const email =
      options.email ??
      (options.passwordStdin || !io.stdin.isTTY ? undefined : await promptLine(io, 'E-mail: '));
    if (!email) throw CliError.usage('email: give --email');
    const password = await readPassword(io, options);

    const anonymous = clientFor(io, url);
    const signIn = await send(
      url,
      anonymous.POST('/api/auth/sign-in', { body: { email, password } }),
    );
    if (!signIn.response.ok) {
      const failure = errorFromResponse(
        signIn.response.status,
        signIn.error,
        url,
        signIn.response.headers.get('retry-after'),
      );
      if (signIn.response.status === 401)
        throw CliError.usage('Sign-in failed: the e-mail or password is not right.');
      throw failure;
    }
    const cookie = sessionCookieOf(signIn.response);
    if (!cookie)
      throw CliError.failure(
        `${url} accepted the sign-in but sent no session cookie; is this a Waymark server?`,
      );

    // A cookie-authenticated write must name Waymark's own origin (CSRF check): the URL we signed in at.
    const session = clientFor(io, url, { cookie, origin: new URL(url).origin });
    const name = `cli@${io.hostname()}`.slice(0, TOKEN_NAME_MAX);
    const created = await call(url, session.POST('/api/tokens', { body: { name } }));
    // The session was only a means to the token; end it rather than leave it valid for days.
    await send(url, session.POST('/api/auth/sign-out')).catch(() => undefined);

    // A second login on the same machine replaces the first token; revoke it so tokens do not pile up.
    if (previous?.tokenId && previous.url === url) {
      const old = clientFor(io, url, { authorization: `Bearer ${previous.token}` });
      await send(
        url,
        old.DELETE('/api/tokens/{id}', { params: { path: { id: previous.tokenId } } }),
      ).catch(() => undefined);
    }

    const file = await writeCredentials(io.env, {
      url,
      token: created.secret,
      tokenId: created.token.id,
      email,
    });
    if (options.json) printJson(io, signIn.data);
    else io.out(`Logged in to ${url} as ${email}; API token "${name}" stored in ${file}\n`);
  });
}
