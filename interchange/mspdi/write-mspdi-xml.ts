import type { LocalMinutes } from '../../engine/calendar/local-time.js';

/** Writing MSPDI's XML: nested [tag, content] entries rendered in order (the schema is ordered). */

export type Content = string | number | boolean | null | undefined | Entry[];
export type Entry = [string, Content];

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `YYYY-MM-DDTHH:MM:SS`, to the second as MSPDI stores it (a schedule may hold fractions of a minute). */
export function dt(t: LocalMinutes): string {
  return new Date(Math.round(t * 60) * 1000).toISOString().slice(0, 19);
}

/** Indented XML; undefined/null values are left out. */
export function render(entries: Entry[], depth: number, out: string[]): void {
  const pad = '\t'.repeat(depth);
  for (const [tag, value] of entries) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      out.push(`${pad}<${tag}>`);
      render(value, depth + 1, out);
      out.push(`${pad}</${tag}>`);
    } else {
      const v = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
      out.push(`${pad}<${tag}>${esc(v)}</${tag}>`);
    }
  }
}
