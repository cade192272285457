import type { ReactNode } from 'react';
import type { SearchHit } from './search-kinds';

type Range = SearchHit['highlights'][number];

/**
 * Text with the matched ranges wrapped in <mark>: React elements built from plain
 * text and offsets (the API sends no HTML), so nothing in the data is ever parsed.
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.start + r.length > text.length) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={r.start}>{text.slice(r.start, r.start + r.length)}</mark>);
    at = r.start + r.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
