import { Command } from 'commander';
import type { ApiResult, Connection } from './connection.js';
import { connect } from './connection.js';
import { CliError } from './errors.js';
import { addFieldOptions, fieldsFromOptions, kebabCase, type FieldFlag } from './fields.js';
import type { CliIo } from './io.js';
import { addJsonOption, printJson } from './output.js';
import { addVersionOption, versionToSend, writeAtVersion } from './versioned-write.js';

export interface UpdatableRecord {
  /** How messages name it: `career track "Data TPM" (id)`. */
  what: string;
  version: number;
}

export interface UpdateSpec<D> {
  /** The noun as typed, for the help: `waymark ladder track update`. */
  noun: string;
  description: string;
  flags: readonly FieldFlag[];
  /** Reads it fresh: its version is what the write sends unless --version says otherwise. */
  read(connection: Connection, id: string): Promise<UpdatableRecord>;
  /** Sends the PATCH with only the fields given, plus the version. */
  write(
    connection: Connection,
    id: string,
    body: Record<string, unknown> & { version: number },
    options: Record<string, unknown>,
  ): Promise<ApiResult<D>>;
  /** The line printed after the write (without --json). */
  done(updated: D): string;
}

/**
 * `waymark <noun> update ID [--field …] [--version N] [--json]`: the flags name only what
 * changes (PATCH semantics), the version is the one read just before, a conflict says so.
 */
export function updateCommand<D>(io: CliIo, spec: UpdateSpec<D>): Command {
  const command = new Command('update')
    .description(spec.description)
    .argument('<id>', `${spec.noun} id`);
  addFieldOptions(command, spec.flags);
  addVersionOption(command);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const changes = fieldsFromOptions(spec.flags, options);
    if (Object.keys(changes).length === 0)
      throw CliError.usage(
        `Nothing to change: give at least one of ${spec.flags.map((f) => `--${f.flag ?? kebabCase(f.field)}`).join(', ')}`,
      );
    const connection = await connect(io);
    const current = await spec.read(connection, id);
    const version = versionToSend(options, current.version);
    const updated = await writeAtVersion(
      connection.url,
      spec.write(connection, id, { ...changes, version }, options),
      { what: current.what, sentVersion: version },
    );
    if (options.json) return printJson(io, updated);
    io.out(`${spec.done(updated)}\n`);
  });
}
