import { Option, type Command } from 'commander';
import type { Connection } from '../../connection.js';
import { parseNumber } from '../../fields.js';
import { CliError } from '../../errors.js';
import { findUser } from '../user/find-user.js';

export interface WorkstreamFlagValues {
  name?: string;
  description?: string;
  lead?: string;
  sortOrder?: string;
}

/** The fields `workstream add` and `workstream update` share. */
export function addWorkstreamFieldOptions(command: Command, nameRequired: boolean): Command {
  const name = new Option('--name <text>', 'workstream name, unique in the program');
  return command
    .addOption(nameRequired ? name.makeOptionMandatory() : name)
    .addOption(new Option('--description <text>', 'what the workstream covers'))
    .addOption(new Option('--lead <user>', 'the lead: account id or e-mail; "none" for no lead'))
    .addOption(new Option('--sort-order <n>', 'position among the workstreams (smaller first)'));
}

/** The body fields given; `--lead` is looked up so a mistyped e-mail fails before the write. */
export async function workstreamFields(
  connection: Connection,
  options: WorkstreamFlagValues,
): Promise<{ name?: string; description?: string; leadId?: string | null; sortOrder?: number }> {
  let sortOrder: number | undefined;
  if (options.sortOrder !== undefined) {
    const value = parseNumber(options.sortOrder);
    if (value === null || !Number.isInteger(value))
      throw CliError.usage('sortOrder: must be a whole number');
    sortOrder = value;
  }
  let leadId: string | null | undefined;
  if (options.lead !== undefined)
    leadId = options.lead === 'none' ? null : (await findUser(connection, options.lead)).id;
  return {
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.description !== undefined ? { description: options.description } : {}),
    ...(leadId !== undefined ? { leadId } : {}),
    ...(sortOrder !== undefined ? { sortOrder } : {}),
  };
}
