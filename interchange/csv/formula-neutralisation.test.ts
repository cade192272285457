import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralisedFormula } from './formula-neutralisation.js';
import { formatCsvField } from './rfc4180.js';

describe('CSV formula neutralisation (OWASP)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tstarts with a tab', "'\tstarts with a tab"],
    ['\rstarts with a CR', "'\rstarts with a CR"],
    // Already quoted text of that shape gets one more, so reading gives it back exactly.
    ["'=x", "''=x"],
  ])('puts a single quote before %j', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written);
    expect(restoreNeutralisedFormula(written)).toBe(text);
  });

  it.each(['Design', '5d', "'quoted", "it's = fine", '', ' =not at the start'])(
    'leaves %j as it is',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
      expect(restoreNeutralisedFormula(text)).toBe(text);
    },
  );

  it('a neutralised cell is quoted in the file', () => {
    expect(formatCsvField(neutraliseFormula('=1+2'))).toBe(`"'=1+2"`);
    expect(formatCsvField(neutraliseFormula('@cmd'))).toBe(`"'@cmd"`);
  });
});
