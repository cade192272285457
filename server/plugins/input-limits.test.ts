import { describe, expect, it } from 'vitest';
import { unstorableValues } from './input-limits.js';

describe('unstorableValues', () => {
  it('names NUL, lone surrogates and non-finite numbers wherever they sit, keys included', () => {
    const issues = unstorableValues(
      {
        name: 'a\u0000b',
        tags: ['ok', '\ud800'],
        nested: { cost: Infinity, '\udc00key': 1 },
        ratio: NaN,
      },
      'body',
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['body.name', 'nul_character'],
      ['body.tags[1]', 'invalid_unicode'],
      ['body.nested.cost', 'not_finite'],
      ['body.nested.\udc00key', 'invalid_unicode'],
      ['body.ratio', 'not_finite'],
    ]);
  });

  it('lets through what PostgreSQL and JSON hold: emoji (surrogate pairs), -0, tiny and huge doubles', () => {
    expect(
      unstorableValues({ name: '😀🏳️‍🌈 ok', n: -0, tiny: 5e-324, huge: 1e308, none: null }, 'body'),
    ).toEqual([]);
  });

  it('stops listing after 20 issues (a body of a million NULs gets a short answer)', () => {
    expect(unstorableValues(Array(1000).fill('\u0000'), 'body')).toHaveLength(20);
  });
});
