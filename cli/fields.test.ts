import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliError } from './errors.js';
import {
  addFieldOptions,
  fieldsFromOptions,
  kebabCase,
  parseNumber,
  type FieldFlag,
} from './fields.js';
import { MILESTONE_ADD_FLAGS } from './commands/milestone/add.js';
import { PROGRAM_CREATE_FLAGS } from './commands/program/create.js';
import { DEP_ADD_FLAGS } from './commands/dep/add.js';
import { TASK_FIELD_FLAGS } from './commands/task/task-flags.js';

/** Parses argv with the flags of `specs` and maps them to API fields, as a command does. */
function mapFlags(specs: readonly FieldFlag[], argv: string[]): Record<string, unknown> {
  const command = addFieldOptions(new Command('test').exitOverride(), specs);
  command.parse(argv, { from: 'user' });
  return fieldsFromOptions(specs, command.opts());
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error.lines;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('flags mirror body fields', () => {
  it('kebab-cases camelCase field names', () => {
    expect(kebabCase('budgetCents')).toBe('budget-cents');
    expect(kebabCase('lagMinutes')).toBe('lag-minutes');
    expect(kebabCase('q')).toBe('q');
  });

  it('maps program create flags to the create body, numbers as numbers, absent flags absent', () => {
    const body = mapFlags(PROGRAM_CREATE_FLAGS, [
      '--name',
      'Atlas',
      '--budget-cents',
      '150000',
      '--owner-id',
      'u1',
      '--target-date',
      '2027-03-31',
    ]);
    expect(body).toEqual({
      name: 'Atlas',
      budgetCents: 150000,
      ownerId: 'u1',
      targetDate: '2027-03-31',
    });
  });

  it('keeps an empty string, so the server can say what is wrong with it', () => {
    expect(mapFlags(PROGRAM_CREATE_FLAGS, ['--name', ''])).toEqual({ name: '' });
  });

  it('accepts the short reference flags and their mirrored aliases', () => {
    expect(
      mapFlags(TASK_FIELD_FLAGS, [
        '--workstream',
        'w1',
        '--milestone-id',
        'm1',
        '--estimate-hours',
        '7.5',
      ]),
    ).toEqual({
      workstreamId: 'w1',
      milestoneId: 'm1',
      estimateHours: 7.5,
    });
    expect(
      mapFlags(DEP_ADD_FLAGS, [
        '--from',
        'a',
        '--to',
        'b',
        '--type',
        'SS',
        '--lag-minutes',
        '-480',
      ]),
    ).toEqual({
      predecessorId: 'a',
      successorId: 'b',
      type: 'SS',
      lagMinutes: -480,
    });
    expect(mapFlags(DEP_ADD_FLAGS, ['--predecessor-id', 'a', '--successor-id', 'b'])).toEqual({
      predecessorId: 'a',
      successorId: 'b',
    });
  });

  it('collects repeated --criterion flags into criteria objects, in order', () => {
    const body = mapFlags(MILESTONE_ADD_FLAGS, [
      '--name',
      'Beta',
      '--criterion',
      'p95 < 300 ms',
      '--criterion',
      'no sev-1 open',
    ]);
    expect(body).toEqual({
      name: 'Beta',
      criteria: [{ description: 'p95 < 300 ms' }, { description: 'no sev-1 open' }],
    });
  });

  it('rejects every number flag that is not a number, naming the field', () => {
    expect(problemsOf(() => mapFlags(PROGRAM_CREATE_FLAGS, ['--budget-cents', '12k']))).toEqual([
      'budgetCents: must be a number',
    ]);
    expect(problemsOf(() => mapFlags(DEP_ADD_FLAGS, ['--lag-minutes', '', '--from', 'a']))).toEqual(
      ['lagMinutes: must be a number'],
    );
    expect(problemsOf(() => mapFlags(TASK_FIELD_FLAGS, ['--estimate-hours', 'lots']))).toEqual([
      'estimateHours: must be a number',
    ]);
  });
});

describe('parseNumber', () => {
  it.each([
    ['42', 42],
    ['-3', -3],
    ['2.5', 2.5],
    ['.5', 0.5],
    ['1e3', 1000],
    [' 7 ', 7],
  ])('reads %j as %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['', ' ', '12k', '0x10', 'NaN', 'Infinity', '1,000', '--1'])('refuses %j', (text) =>
    expect(parseNumber(text)).toBeNull(),
  );
});
