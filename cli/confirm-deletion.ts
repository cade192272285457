import type { Command } from 'commander';
import { confirmDelete } from './delete-command.js';
import type { CliIo } from './io.js';

export function addYesOption(command: Command): Command {
  return command.option('--yes', 'delete without asking (needed when stdin is not a terminal)');
}

/** For delete verbs that read their record themselves: the one confirmation of delete-command.ts. */
export async function confirmDeletion(
  io: CliIo,
  options: { yes?: boolean },
  what: string,
): Promise<void> {
  await confirmDelete(io, what, 'This cannot be undone.', options.yes);
}
