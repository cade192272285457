import { describe, expect, it } from 'vitest';
import {
  largeCsv,
  largeMspdi,
  largePlan,
  largeYaml,
} from '../../../interchange/testing/large-plan-files.js';
import { cappedIssues, MAX_REPORTED_ISSUES, tooManyRows } from './read-plan.js';
import { estimateImportRows } from './import-size.js';

describe('estimateImportRows: at least the rows or tasks a file holds, without parsing it', () => {
  const input = largePlan(300);
  it.each([
    ['csv', largeCsv(input)],
    ['yaml', largeYaml(input)],
    ['mspdi', largeMspdi(input)],
  ] as const)('%s', (format, text) => {
    const estimate = estimateImportRows(format, text);
    expect(estimate).toBeGreaterThanOrEqual(300);
    // MSPDI writes a project summary task (UID 0) too.
    expect(estimate).toBeLessThanOrEqual(301);
  });

  it('counts CSV lines with or without a last line end, and with CR alone', () => {
    expect(estimateImportRows('csv', 'Name,Duration\nA,1d\nB,1d\n')).toBe(2);
    expect(estimateImportRows('csv', 'Name,Duration\nA,1d\nB,1d')).toBe(2);
    expect(estimateImportRows('csv', 'Name,Duration\rA,1d\rB,1d\r')).toBe(2);
    expect(estimateImportRows('csv', '')).toBe(0);
  });

  it('counts YAML tasks in flow style and JSON too', () => {
    expect(estimateImportRows('yaml', 'tasks: [{id: a}, {id: b}, {"id": c}]')).toBe(3);
  });
});

describe('limits named in errors', () => {
  it('names the count and the limit', () => {
    const error = tooManyRows(250_001, 'rows');
    expect(error.code).toBe('too_many_rows');
    expect(error.message).toBe('The file has 250,001 rows; at most 100,000 can be imported.');
    expect(error.issues).toEqual([{ path: 'body', code: 'too_many_rows', message: error.message }]);
  });

  it('lists the first problems and counts the rest', () => {
    const issues = Array.from({ length: MAX_REPORTED_ISSUES + 1234 }, (_, i) => ({
      path: 'body',
      code: 'invalid_row',
      message: `line ${i + 2} Duration: required`,
    }));
    const capped = cappedIssues(issues);
    expect(capped).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(capped.at(-1)).toEqual({
      path: 'body',
      code: 'more_issues',
      message: '… and 1,234 more problems not listed.',
    });
    expect(cappedIssues(issues.slice(0, 3))).toHaveLength(3);
  });
});
