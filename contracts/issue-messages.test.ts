import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fieldLabel,
  issueSentenceOf,
  labelOfName,
  schemaIssueSentence,
  type SchemaIssue,
} from './issue-messages.js';

/** Words of the validator's own language a person should never be shown. */
const JARGON = /must NOT|format|pattern|schema|propert|keyword|constant|instance|>=|<=|fewer than/;

describe('fieldLabel', () => {
  it.each([
    ['body.name', 'Name'],
    ['body.targetDate', 'Target date'],
    ['body.programId', 'Program'],
    ['body.taskIds', 'Tasks'],
    ['body.lagMinutes', 'Lag'],
    ['body.budgetCents', 'Budget'],
    ['body.estimatePessimisticHours', 'Pessimistic estimate'],
    ['body.costPerHour', 'Cost per hour'],
    ['query.limit', 'Limit'],
    ['body.criteria[1].description', 'Criterion 2 description'],
    ['body.links[0]', 'Link 1'],
    ['body.url', 'Web address'],
    ['body', 'The request'],
  ])('%s → %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});

describe('schemaIssueSentence', () => {
  const sentence = (path: string, keyword: string, params = {}, parentSchema?: object) =>
    schemaIssueSentence({ path, keyword, params, parentSchema: parentSchema as never });

  it('says what the issue examples say', () => {
    expect(sentence('body.name', 'required', { missingProperty: 'name' })).toBe('Name is required');
    expect(sentence('body.name', 'minLength', { limit: 1 })).toBe('Name is required');
    expect(sentence('body.name', 'maxLength', { limit: 200 })).toBe(
      'Name is too long (at most 200 characters)',
    );
    expect(sentence('body.links[0]', 'format', { format: 'uri' })).toBe(
      'Links must be web addresses (one per line)',
    );
    expect(sentence('body.probability', 'maximum', { limit: 1 }, { minimum: 0, maximum: 1 })).toBe(
      'Probability must be between 0 and 1',
    );
  });

  it('says a range by its one bound when the other is open, in the unit of the field', () => {
    expect(sentence('body.budgetCents', 'minimum', { limit: 0 }, { minimum: 0 })).toBe(
      'Budget must be at least 0 cents',
    );
    expect(sentence('body.lagMinutes', 'maximum', { limit: 100000 })).toBe(
      'Lag must be at most 100,000 minutes',
    );
    expect(sentence('body.fte', 'exclusiveMinimum', { limit: 0 }, { exclusiveMinimum: 0 })).toBe(
      'FTE must be more than 0',
    );
  });

  it('lists the allowed values and names known shapes in words', () => {
    expect(sentence('body.type', 'enum', { allowedValues: ['FS', 'SS'] })).toBe(
      'Type must be one of: FS, SS',
    );
    expect(sentence('body.currency', 'pattern', { pattern: '^[A-Z]{3}$' })).toBe(
      'Currency must be a currency code of three capital letters, such as USD',
    );
    expect(sentence('query.limit', 'type', { type: 'integer' })).toBe(
      'Limit must be a whole number',
    );
    expect(sentence('body.criteria', 'minItems', { limit: 1 })).toBe(
      'Criteria must list at least 1 entry',
    );
    expect(sentence('body.tags', 'maxItems', { limit: 20 })).toBe(
      'Tags can list at most 20 entries',
    );
    expect(
      sentence('body.sponser', 'additionalProperties', { additionalProperty: 'sponser' }),
    ).toBe('"sponser" is not a field Waymark knows: check its spelling, or leave it out');
  });

  const identifier = fc
    .stringMatching(/^[a-z][a-zA-Z]{0,15}$/)
    .filter((name) => !JARGON.test(labelOfName(name)) && !/^(id|s)$/i.test(name));
  const path = fc
    .tuple(
      fc.constantFrom('body', 'query'),
      fc.array(fc.oneof(identifier, fc.nat({ max: 30 })), { minLength: 0, maxLength: 3 }),
      identifier,
    )
    .map(([root, middle, last]) =>
      [root, ...middle, last].reduce<string>(
        (acc, s, i) =>
          i === 0 ? String(s) : typeof s === 'number' ? `${acc}[${s}]` : `${acc}.${s}`,
        '',
      ),
    );
  const keywordWithParams: fc.Arbitrary<Omit<SchemaIssue, 'path'>> = fc.oneof(
    fc.record({ keyword: fc.constant('required'), params: fc.constant({}) }),
    fc.record({
      keyword: fc.constantFrom('minLength', 'maxLength', 'minItems', 'maxItems'),
      params: fc.record({ limit: fc.nat({ max: 10_000 }) }),
    }),
    fc.record({
      keyword: fc.constantFrom('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'),
      params: fc.record({ limit: fc.integer({ min: -1e6, max: 1e6 }) }),
      parentSchema: fc.option(
        fc.record({ minimum: fc.integer(), maximum: fc.integer() }, { requiredKeys: [] }),
        { nil: undefined },
      ),
    }),
    fc.record({
      keyword: fc.constant('format'),
      params: fc.record({
        format: fc.constantFrom('uri', 'email', 'uuid', 'date', 'date-time', 'time', 'ipv6'),
      }),
    }),
    fc.record({
      keyword: fc.constant('pattern'),
      params: fc.record({ pattern: fc.constantFrom('^[A-Z]{3}$', '^FY[0-9]{4}$', '^x+$') }),
    }),
    fc.record({
      keyword: fc.constant('type'),
      params: fc.record({
        type: fc.constantFrom('string', 'integer', 'number', 'boolean', 'array', 'object'),
      }),
    }),
    fc.record({
      keyword: fc.constant('enum'),
      params: fc.record({
        allowedValues: fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1 }),
      }),
    }),
    fc.record({
      keyword: fc.constant('const'),
      params: fc.record({ allowedValue: fc.constantFrom('FS', 1, true) }),
    }),
    fc.record({ keyword: fc.constant('uniqueItems'), params: fc.constant({ i: 3, j: 1 }) }),
    fc.record({ keyword: fc.constant('multipleOf'), params: fc.constant({ multipleOf: 5 }) }),
    fc.record({ keyword: fc.constantFrom('not', 'oneOf', 'if'), params: fc.constant({}) }),
  );

  it('names the field in every sentence, in plain words without the validator’s jargon', () => {
    fc.assert(
      fc.property(path, keywordWithParams, (p, rest) => {
        const issue = { path: p, ...rest };
        const text = schemaIssueSentence(issue);
        const label = fieldLabel(p);
        // A list's entries are spoken of as the list ("Links must be web addresses").
        const listLabel = labelOfName(
          p
            .replace(/\[\d+\]$/, '')
            .split('.')
            .at(-1)!,
        );
        expect(text.startsWith(label) || text.startsWith(listLabel)).toBe(true);
        expect(text).not.toMatch(JARGON);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }),
      { seed: 15, numRuns: 2000 },
    );
  });
});

describe('names the validator did not expect', () => {
  it('writes a sentence for any field name, those of Object.prototype included', () => {
    const name = fc.oneof(
      fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', ''),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(name, fc.constantFrom('required', 'type', 'format', 'pattern'), (n, keyword) => {
        const text = schemaIssueSentence({
          path: `body.fields[0].${n}`,
          keyword,
          params: { type: n, format: n, pattern: n, missingProperty: n },
        });
        expect(typeof text).toBe('string');
        expect(text).not.toMatch(/native code|function/);
        expect(typeof issueSentenceOf(`body.${n}`, 'is not valid')).toBe('string');
      }),
      { seed: 15, numRuns: 500 },
    );
  });
});

describe('issueSentenceOf (messages services write)', () => {
  it.each([
    [
      'body.constraintDate',
      'is not a real date and time',
      'Constraint date is not a real date and time',
    ],
    ['body.expiresAt', 'expiresAt must be in the future.', 'Expires at must be in the future.'],
    ['body.successorId', 'an item cannot depend on itself', 'an item cannot depend on itself'],
    ['body.userId', 'week of 2027-01-04: 48 h booked', 'week of 2027-01-04: 48 h booked'],
    ['body.name', 'A program named "X" already exists.', 'A program named "X" already exists.'],
    ['body', 'the body is not JSON', 'the body is not JSON'],
  ])('%s: %s', (path, message, expected) => {
    expect(issueSentenceOf(path, message)).toBe(expected);
  });

  it('never changes a sentence that already starts with a capital', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z ]{0,30}$/), (message) => {
        expect(issueSentenceOf('body.name', message)).toBe(message);
      }),
      { seed: 15 },
    );
  });
});
