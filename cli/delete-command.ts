import { Command, Option } from 'commander';
import type { ApiResult, Connection } from './connection.js';
import { connect } from './connection.js';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { promptLine } from './prompt.js';
import { addVersionOption, versionToSend, writeAtVersion } from './versioned-write.js';

/**
 * Deleting cannot be undone, so it is asked first. A script (no terminal on
 * stdin) cannot answer and must say --yes: guessing either way would be wrong.
 */
export async function confirmDelete(
  io: CliIo,
  what: string,
  consequence: string,
  yes: boolean | undefined,
): Promise<void> {
  if (yes) return;
  if (!io.stdin.isTTY)
    throw CliError.usage(
      `Not deleting ${what} without a confirmation: pass --yes to delete it from a script.`,
    );
  const answer = await promptLine(io, `Delete ${what}? ${consequence} [y/N] `);
  if (!/^y(es)?$/i.test(answer)) throw CliError.usage('Nothing was deleted.');
}

export interface DeletableRecord {
  /** How the prompt and the messages name it: `workstream "Backend" (id)`. */
  what: string;
  version: number;
}

export interface DeleteSpec {
  /** The noun as typed: `waymark <noun> delete`. */
  noun: string;
  /** What else goes, or stays, with it; shown in the help and the question. */
  consequence: string;
  /** Reads it fresh; `options` are the command's, for flags a noun adds. */
  read(
    connection: Connection,
    id: string,
    options: Record<string, unknown>,
  ): Promise<DeletableRecord>;
  /** `options` are the command's, for flags a noun adds (e.g. --with-assessments). */
  remove(
    connection: Connection,
    id: string,
    version: number,
    options: Record<string, unknown>,
  ): Promise<ApiResult<unknown>>;
}

/** `waymark <noun> delete ID [--yes] [--version N]`: read it, ask, delete at the version read. */
export function deleteCommand(io: CliIo, spec: DeleteSpec): Command {
  const command = new Command('delete')
    .description(`delete a ${spec.noun} (asks first; --yes for scripts). ${spec.consequence}`)
    .argument('<id>', `${spec.noun} id`)
    .addOption(new Option('-y, --yes', 'delete without asking for confirmation'));
  addVersionOption(command);
  return command.action(async (id: string, options: { yes?: boolean; version?: string }) => {
    const connection = await connect(io);
    const record = await spec.read(connection, id, options);
    const version = versionToSend(options, record.version);
    await confirmDelete(io, record.what, spec.consequence, options.yes);
    await writeAtVersion(connection.url, spec.remove(connection, id, version, options), {
      what: record.what,
      sentVersion: version,
    });
    io.out(`Deleted ${record.what}\n`);
  });
}
