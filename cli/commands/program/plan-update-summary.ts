import type {
  PlanFieldChange,
  PlanKindChanges,
  PlanUpdatePreview,
} from '../../../contracts/plan-update.schema.js';

const KINDS = [
  ['calendars', 'calendar', 'calendars'],
  ['workstreams', 'workstream', 'workstreams'],
  ['tasks', 'task', 'tasks'],
  ['milestones', 'milestone', 'milestones'],
  ['dependencies', 'link', 'links'],
] as const;

const value = (v: PlanFieldChange['from']) => (v === null ? '(none)' : String(v));

/** `estimateHours 16 → 24`; a week or a list says only that it changes. */
export function fieldChangeText(c: PlanFieldChange): string {
  return c.from === null && c.to === null && c.field === 'week'
    ? 'week changes'
    : `${c.field} ${value(c.from)} → ${value(c.to)}`;
}

function kindLine(label: [string, string], k: PlanKindChanges): string | null {
  const parts: string[] = [];
  const names = (items: { name: string }[]) =>
    items.length > 0 ? ` (${items.map((i) => i.name).join(', ')})` : '';
  if (k.added.length > 0) parts.push(`${k.added.length} added${names(k.added)}`);
  if (k.changed.length > 0)
    parts.push(
      `${k.changed.length} changed (${k.changed
        .map((i) => `${i.name}: ${i.changes.map(fieldChangeText).join(', ')}`)
        .join('; ')})`,
    );
  if (k.removed.length > 0) parts.push(`${k.removed.length} removed${names(k.removed)}`);
  if (parts.length === 0) return null;
  const total = k.added.length + k.changed.length + k.removed.length;
  return `${total === 1 ? label[0] : label[1]}: ${parts.join(', ')}`;
}

/**
 * A preview as a person reads it: one line per kind that changes
 * (`tasks: 1 added (Extra), 2 changed (A: name A → Analyse; B: estimateHours 8 → 24), 1 removed (D)`),
 * what is kept, then the warnings.
 */
export function planUpdateSummary(p: PlanUpdatePreview): string {
  const lines: string[] = [];
  if (p.program.changes.length > 0)
    lines.push(`program: ${p.program.changes.map(fieldChangeText).join(', ')}`);
  for (const [key, one, many] of KINDS) {
    const line = kindLine([one, many], p[key]);
    if (line) lines.push(line);
  }
  if (lines.length === 0) lines.push('Nothing to change: the program already matches the file.');
  const kept = KINDS.map(([key, , many]) => [many, p[key].kept] as const).filter(([, n]) => n > 0);
  if (kept.length > 0)
    lines.push(
      `kept as they are (made in Waymark, no UID): ${kept.map(([many, n]) => `${n} ${many}`).join(', ')}`,
    );
  if (p.warnings.length > 0) {
    lines.push(`${p.warnings.length} warning(s):`);
    for (const w of p.warnings) lines.push(`  ${w.at} ${w.field}: ${w.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export function isEmptyPreview(p: PlanUpdatePreview): boolean {
  return (
    p.program.changes.length === 0 &&
    KINDS.every(
      ([key]) => p[key].added.length + p[key].changed.length + p[key].removed.length === 0,
    )
  );
}
