/**
 * CSV injection (OWASP): a spreadsheet reads a cell starting with `=`, `+`,
 * `-`, `@`, tab or CR as a formula. Such text cells are written with a single
 * quote in front (the spreadsheet's "this is text" mark), and the cell quoted.
 *
 * Only text cells (ids, names, predecessor lists, which start with an id) are
 * neutralised: a number cell is written by us from a number, never from what
 * a user typed, and a quote in front of `-5` would turn it into text that
 * spreadsheets no longer add up. (The plan CSV has no signed number column
 * today: durations are never negative, and a lead such as `-1d` sits inside a
 * predecessor entry, after its id.)
 *
 * Reading our own file gives the text back: a cell that starts with one or
 * more quotes and then a formula character loses exactly one quote. So that
 * this is exact, text that already starts with quotes and then a formula
 * character (`'=x`) gets one more quote on the way out (`''=x`). The cost: a
 * hand-made file whose cell is `'=x` is read as `=x`.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** The inverse of {@link neutraliseFormula}, for every text. */
export function restoreNeutralisedFormula(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
