/**
 * Turns what a person typed into a PostgreSQL tsquery string, safely: only runs of
 * letters, digits and combining marks survive (so none of tsquery's operators
 * `& | ! ( ) : * < > '` nor a backslash can reach the parser), every word must
 * match, and the last one matches as a prefix, because people search while typing.
 * Each word is quoted as a tsquery literal as well, so a word is always one operand.
 */

/** More words than this add nothing a person means; the rest are dropped. */
export const MAX_SEARCH_WORDS = 12;
/** Longer "words" are pasted noise; a tsquery lexeme must stay under 2 KB. */
export const MAX_SEARCH_WORD_LENGTH = 64;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a query, in order, lower-cased, at most MAX_SEARCH_WORDS of them. */
export function searchWords(text: string): string[] {
  return (text.match(WORD) ?? [])
    .slice(0, MAX_SEARCH_WORDS)
    .map((w) => Array.from(w).slice(0, MAX_SEARCH_WORD_LENGTH).join('').toLowerCase());
}

/**
 * The tsquery for `to_tsquery('simple', …)`: `'alpha' & 'beta':*`; null when the
 * text holds no word at all (then nothing matches and no query is run).
 */
export function prefixTsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}
