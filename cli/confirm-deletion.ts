import type { Command } from 'commander';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { promptLine } from './prompt.js';

export function addYesOption(command: Command): Command {
  return command.option('--yes', 'delete without asking (needed when stdin is not a terminal)');
}

/**
 * A delete cannot be undone: it goes ahead with --yes, or when a person at a
 * terminal answers "y". A script that forgot --yes is refused (exit 2), never
 * left waiting on a prompt nobody sees.
 */
export async function confirmDeletion(
  io: CliIo,
  options: { yes?: boolean },
  what: string,
): Promise<void> {
  if (options.yes) return;
  if (!io.stdin.isTTY)
    throw CliError.usage(`Deleting ${what} cannot be undone: add --yes to confirm.`);
  const answer = await promptLine(io, `Delete ${what}? This cannot be undone. [y/N] `);
  if (!/^y(es)?$/i.test(answer)) throw CliError.usage('Nothing deleted.');
}
