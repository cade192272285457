import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { REVIEW_FIELD_FLAGS } from './review-flags.js';

type ReviewCreateBody = paths['/api/reviews']['post']['requestBody']['content']['application/json'];

export function reviewAddCommand(io: CliIo): Command {
  const command = new Command('add').description(
    'set up a review of some programs (or, without --program, of the whole portfolio)',
  );
  addFieldOptions(command, REVIEW_FIELD_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(REVIEW_FIELD_FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    if (fields.startsOn === undefined) throw CliError.usage('starts-on: required');
    const { url, client } = await connect(io);
    const review = await call(
      url,
      client.POST('/api/reviews', { body: fields as ReviewCreateBody }),
    );
    if (options.json) return printJson(io, review);
    io.out(
      `Created review "${review.title}" (${review.id}); next on ${review.nextOccurrence ?? '-'}\n`,
    );
  });
}
