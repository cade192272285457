import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { describeClock } from './request-format.js';

type RequestBody = paths['/api/requests']['post']['requestBody']['content']['application/json'];

export const REQUEST_SUBMIT_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'a short name for the initiative (required)' },
  { field: 'problem', description: 'what is wrong or missing today' },
  { field: 'desiredOutcome', description: 'what is true when this is done' },
  { field: 'businessValue', description: 'why it matters to the business' },
  { field: 'teams', flag: 'team', repeatable: true, description: 'a team or function involved' },
  { field: 'tags', flag: 'tag', repeatable: true, description: 'a skill or domain it needs' },
  { field: 'links', flag: 'link', repeatable: true, description: 'a URL with context' },
  { field: 'deadline', description: 'hard date YYYY-MM-DD' },
  { field: 'sizeGuess', description: 'unknown | xs | s | m | l | xl' },
];

export function requestSubmitCommand(io: CliIo): Command {
  const command = new Command('submit').description('submit a request to the TPM team');
  addFieldOptions(command, REQUEST_SUBMIT_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = {
      ...fieldsFromOptions(REQUEST_SUBMIT_FLAGS, options),
      source: 'cli',
    } as RequestBody;
    const { url, client } = await connect(io);
    const created = await call(url, client.POST('/api/requests', { body }));
    if (options.json) return printJson(io, created);
    io.out(
      `Submitted request #${created.number} "${created.title}" (${created.id})\nFirst response: ${describeClock(created.firstResponse)}\n`,
    );
  });
}
