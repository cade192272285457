import { Option, type Command } from 'commander';
import { send, type ApiResult } from './connection.js';
import { CliError, errorFromResponse, EXIT_USAGE } from './errors.js';
import { parseNumber } from './fields.js';

/**
 * `--version N` lets a script write at the version it read earlier, so a change
 * made in between is refused; without it the command writes at the version it
 * reads just before, which guards only the moment between the two requests.
 */
export function addVersionOption(command: Command): Command {
  return command.addOption(
    new Option(
      '--version <n>',
      'the version you read; if it has changed since, nothing is written',
    ),
  );
}

/** The version to send: the one given with --version, else the one just read. */
export function versionToSend(options: { version?: unknown }, current: number): number {
  if (options.version === undefined) return current;
  const value = parseNumber(String(options.version));
  if (value === null || !Number.isInteger(value) || value < 1)
    throw CliError.usage(`version: "${String(options.version)}" is not a version number (1, 2, …)`);
  return value;
}

interface ConflictBody {
  error?: { code?: string; details?: { currentVersion?: number } };
}

/**
 * Sends one versioned write (PATCH or DELETE). A version conflict is said in the
 * words of the person at the terminal: who changed what, and that nothing was
 * written; every other refusal reads as elsewhere in the CLI.
 */
export async function writeAtVersion<D>(
  url: string,
  request: Promise<ApiResult<D>>,
  record: { what: string; sentVersion: number },
): Promise<D> {
  const result = await send(url, request);
  if (result.response.ok) return result.data as D;
  const body = result.error as ConflictBody | undefined;
  if (result.response.status === 409 && body?.error?.code === 'version_conflict') {
    const now = body.error.details?.currentVersion;
    throw new CliError(
      [
        `Someone else changed ${record.what} after you read it (you had version ${record.sentVersion}${now ? `, it is now ${now}` : ''}); nothing was changed.`,
        'Look at the change; if yours still applies, run the command again (without --version it writes over the current version).',
      ],
      EXIT_USAGE,
      409,
    );
  }
  throw errorFromResponse(
    result.response.status,
    result.error,
    url,
    result.response.headers.get('retry-after'),
  );
}
