import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SEARCH_WORD_LENGTH,
  MAX_SEARCH_WORDS,
  prefixTsQuery,
  searchWords,
} from './search-terms.js';
import { HIGHLIGHT_START, HIGHLIGHT_STOP, highlightedText } from './search-highlights.js';

/** Text people and attackers type: words, tsquery operators, quotes, any unicode. */
const typed = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...`&|!():*<>'"\\ -_.,;%`.split(''), 'a', 'É', '7', '語') }),
  fc
    .array(fc.constantFrom('alpha', 'Beta', 'CR-12', "o'clock", '!', '&', '|', ':*', '(', ')'), {
      maxLength: 20,
    })
    .map((parts) => parts.join(' ')),
);

const OPERAND = `'[\\p{L}\\p{N}\\p{M}]+'`;
const WELL_FORMED = new RegExp(`^(${OPERAND} & )*${OPERAND}:\\*$`, 'u');

describe('prefixTsQuery', () => {
  it('is null or a conjunction of quoted words, the last one a prefix, whatever was typed', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const query = prefixTsQuery(text);
        if (query === null) expect(searchWords(text)).toEqual([]);
        else expect(query).toMatch(WELL_FORMED);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the words in the order typed, lower-cased, within the limits', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const words = searchWords(text);
        expect(words.length).toBeLessThanOrEqual(MAX_SEARCH_WORDS);
        for (const w of words) {
          expect(Array.from(w).length).toBeLessThanOrEqual(MAX_SEARCH_WORD_LENGTH);
          expect(w).toBe(w.toLowerCase());
        }
        const query = prefixTsQuery(text);
        if (query !== null)
          expect(query.split(' & ').map((o) => o.replace(/^'|':\*$|'$/g, ''))).toEqual(words);
      }),
    );
  });

  it('finds the words of plain sentences and ignores the operators around them', () => {
    expect(prefixTsQuery('Data centre migr')).toBe("'data' & 'centre' & 'migr':*");
    expect(prefixTsQuery("!(alpha | 'beta'):*")).toBe("'alpha' & 'beta':*");
    expect(prefixTsQuery('&|!():*')).toBeNull();
  });
});

describe('highlightedText', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => ({ text: s, marked: false })),
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 8 })
      .map((s) => ({ text: s, marked: true })),
  );

  it('returns the text without markers and ranges that cover exactly the marked pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const marked = pieces
          .map((p) => (p.marked ? HIGHLIGHT_START + p.text + HIGHLIGHT_STOP : p.text))
          .join('');
        const { text, highlights } = highlightedText(marked);
        expect(text).toBe(pieces.map((p) => p.text).join(''));
        const covered = highlights.map((h) => text.slice(h.start, h.start + h.length)).join('');
        expect(covered).toBe(
          pieces
            .filter((p) => p.marked)
            .map((p) => p.text)
            .join(''),
        );
        for (let i = 1; i < highlights.length; i++)
          expect(highlights[i]!.start).toBeGreaterThan(
            highlights[i - 1]!.start + highlights[i - 1]!.length,
          );
      }),
    );
  });

  it('survives stray markers', () => {
    expect(highlightedText(`${HIGHLIGHT_STOP}a${HIGHLIGHT_START}b`)).toEqual({
      text: 'ab',
      highlights: [],
    });
  });
});
