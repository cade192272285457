import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

type SurveyCreateBody = paths['/api/surveys']['post']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'what the survey is about' },
  {
    field: 'programId',
    flag: 'program',
    description: 'the program asked about (none: the portfolio)',
  },
  {
    field: 'sendTrigger',
    description: 'manual (default), milestone_achieved, program_completed or quarterly',
  },
  {
    field: 'recipients',
    flag: 'recipient',
    repeatable: true,
    description: 'a stakeholder e-mail the automatic sending invites',
  },
];

/** Makes a survey with the default questions (satisfaction, communication, responsiveness, comment). */
export function surveyCreateCommand(io: CliIo): Command {
  const command = new Command('create').description(
    'make a satisfaction survey: satisfaction, communication and responsiveness on 1–5, and a comment',
  );
  addFieldOptions(command, FLAGS);
  command.option('--anonymous', 'answers are not linked to the e-mail invited');
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    if (options.anonymous) fields.anonymous = true;
    const { url, client } = await connect(io);
    const survey = await call(
      url,
      client.POST('/api/surveys', { body: fields as SurveyCreateBody }),
    );
    if (options.json) return printJson(io, survey);
    io.out(`Created survey "${survey.title}" (${survey.id})\n`);
  });
}
