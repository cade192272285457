import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

const FLAGS: readonly FieldFlag[] = [
  { field: 'value', kind: 'number', nullable: true, description: 'the new current value' },
  { field: 'confidence', kind: 'number', description: 'how sure, 1 (unlikely) to 10 (certain)' },
  { field: 'note', nullable: true, description: 'what changed' },
];

export function okrCheckinCommand(io: CliIo): Command {
  const command = new Command('checkin')
    .description('check in on a key result: --confidence is required')
    .argument('<key-result-id>', 'key result id');
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(FLAGS, options);
    if (fields.confidence === undefined) throw CliError.usage('confidence: required');
    const { url, client } = await connect(io);
    const checkIn = await call(
      url,
      client.POST('/api/key-results/{id}/check-ins', {
        params: { path: { id } },
        body: fields as { confidence: number },
      }),
    );
    if (options.json) return printJson(io, checkIn);
    io.out(`Checked in (confidence ${checkIn.confidence}/10)\n`);
  });
}
