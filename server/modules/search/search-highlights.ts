import type { TextRange } from '../../../contracts/search.schema.js';

/**
 * ts_headline marks matches with the two control characters below (chosen because
 * they never appear in text people type; the query strips them from the source
 * text first). This turns its output into plain text and the ranges of the
 * matches, so clients highlight with their own elements and never parse HTML.
 */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';

export interface HighlightedText {
  text: string;
  highlights: TextRange[];
}

export function highlightedText(marked: string): HighlightedText {
  let text = '';
  const highlights: TextRange[] = [];
  let openedAt: number | null = null;
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START) {
      openedAt ??= text.length;
    } else if (ch === HIGHLIGHT_STOP) {
      if (openedAt !== null && text.length > openedAt) {
        const last = highlights[highlights.length - 1];
        // Adjacent matches ("<b>a</b><b>b</b>") read as one range.
        if (last && last.start + last.length === openedAt) last.length += text.length - openedAt;
        else highlights.push({ start: openedAt, length: text.length - openedAt });
      }
      openedAt = null;
    } else {
      text += ch;
    }
  }
  return { text, highlights };
}
