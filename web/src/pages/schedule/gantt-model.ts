import type { ProgramPlan, ScheduleItem } from '../../api/types';
import { formatCalendar, formatDate } from '../../components/format';

export type Zoom = 'day' | 'week' | 'month';
export const ZOOMS: readonly Zoom[] = ['day', 'week', 'month'];
/** Pixels per calendar day at each zoom. */
export const PX_PER_DAY: Record<Zoom, number> = { day: 36, week: 10, month: 4 };

export const DAY_MS = 86_400_000;
/** Working minutes in a standard day, to show variances in days. */
export const WORK_DAY_MINUTES = 480;

/** A project-local `YYYY-MM-DDTHH:MM:SS` as milliseconds on a zone-free (UTC) clock. */
export function localMs(value: string): number {
  return Date.parse(`${value}Z`);
}

/** Now, on the same zone-free clock as the schedule's local times. */
export function nowLocalMs(): number {
  const d = new Date();
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes());
}

export type GanttRow =
  | { kind: 'group'; key: string; label: string; start: number; finish: number; critical: boolean }
  | { kind: 'milestone'; key: string; item: ScheduleItem; depth: number }
  | { kind: 'task'; key: string; item: ScheduleItem; depth: number };

function summaryRow(key: string, label: string, items: ScheduleItem[]): GanttRow | undefined {
  if (items.length === 0) return undefined;
  let start = Infinity;
  let finish = -Infinity;
  for (const item of items) {
    start = Math.min(start, localMs(item.earlyStart));
    finish = Math.max(finish, localMs(item.earlyFinish));
  }
  return { kind: 'group', key, label, start, finish, critical: items.some((i) => i.critical) };
}

/**
 * The Gantt's rows: workstream → milestone → task, then the tasks and milestones that
 * belong to no workstream in a group of their own. Items the plan does not know are last.
 */
export function buildRows(plan: ProgramPlan, items: readonly ScheduleItem[]): GanttRow[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const placed = new Set<string>();
  const rows: GanttRow[] = [];
  const milestoneName = new Map(plan.milestones.map((m) => [m.id, m]));

  function section(key: string, label: string, wsId: string | null) {
    const tasks = plan.tasks.filter((t) => t.workstreamId === wsId);
    const milestoneIds: string[] = [];
    for (const m of plan.milestones)
      if (m.workstreamId === wsId && !placed.has(m.id)) milestoneIds.push(m.id);
    // A milestone of no workstream goes with the first workstream whose tasks lead to it;
    // one of another workstream stays there (its tasks here are listed without it).
    for (const t of tasks) {
      const m = t.milestoneId ? milestoneName.get(t.milestoneId) : undefined;
      if (m && m.workstreamId === null && !placed.has(m.id) && !milestoneIds.includes(m.id))
        milestoneIds.push(m.id);
    }
    const body: GanttRow[] = [];
    const members: ScheduleItem[] = [];
    for (const mId of milestoneIds) {
      const mItem = byId.get(mId);
      const under = tasks.filter((t) => t.milestoneId === mId);
      if (mItem && milestoneName.has(mId)) {
        body.push({ kind: 'milestone', key: `${key}:${mId}`, item: mItem, depth: 1 });
        members.push(mItem);
        placed.add(mId);
      }
      for (const t of under) {
        const item = byId.get(t.id);
        if (!item) continue;
        body.push({ kind: 'task', key: `${key}:${t.id}`, item, depth: 2 });
        members.push(item);
        placed.add(t.id);
      }
    }
    for (const t of tasks) {
      if (t.milestoneId && milestoneIds.includes(t.milestoneId)) continue;
      const item = byId.get(t.id);
      if (!item) continue;
      body.push({ kind: 'task', key: `${key}:${t.id}`, item, depth: 1 });
      members.push(item);
      placed.add(t.id);
    }
    const head = summaryRow(key, label, members);
    if (head) rows.push(head, ...body);
  }

  for (const ws of plan.workstreams) section(`ws:${ws.id}`, ws.name, ws.id);
  section('ws:none', 'No workstream', null);
  const rest = items.filter((i) => !placed.has(i.id));
  const head = summaryRow('ws:other', 'Other items', rest);
  if (head) {
    rows.push(head);
    for (const item of rest)
      rows.push({ kind: item.kind, key: `other:${item.id}`, item, depth: 1 } as GanttRow);
  }
  return rows;
}

/** The ids on the driving path to `targetId`, following drivingPredecessorIds back. */
export function drivingPath(
  targetId: string,
  byId: ReadonlyMap<string, ScheduleItem>,
): Set<string> {
  const path = new Set<string>();
  const stack = [targetId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (path.has(id)) continue;
    path.add(id);
    for (const p of byId.get(id)?.drivingPredecessorIds ?? []) stack.push(p);
  }
  return path;
}

export interface Tick {
  at: number;
  label: string;
}

/** The axis: a coarse band (months or years) above the fine ticks (days, weeks or months). */
export function axisTicks(from: number, to: number, zoom: Zoom): { major: Tick[]; minor: Tick[] } {
  const major: Tick[] = [];
  const minor: Tick[] = [];
  const start = new Date(from);
  if (zoom === 'month') {
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= to; y++)
      major.push({ at: Math.max(from, Date.UTC(y, 0, 1)), label: String(y) });
  } else {
    for (let m = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1); m <= to;) {
      const d = new Date(m);
      major.push({
        at: Math.max(from, m),
        label: formatCalendar(d.getTime(), 'month-year'),
      });
      m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
  }
  if (zoom === 'day') {
    for (let t = from; t <= to; t += DAY_MS) {
      const d = new Date(t);
      minor.push({ at: t, label: formatCalendar(d.getTime(), 'weekday-day') });
    }
  } else if (zoom === 'week') {
    const first = from + ((8 - new Date(from).getUTCDay()) % 7) * DAY_MS;
    for (let t = first; t <= to; t += 7 * DAY_MS) {
      const d = new Date(t);
      minor.push({ at: t, label: formatCalendar(d.getTime(), 'day-month') });
    }
  } else {
    for (let m = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); m <= to;) {
      const d = new Date(m);
      minor.push({ at: m, label: formatCalendar(d.getTime(), 'month') });
      m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
  }
  return { major, minor };
}

export function formatLocal(value: string | null): string {
  return formatDate(value);
}

/** `2027-01-07T08:00:00` → `7 Jan 08:00`. */
export function formatLocalShort(value: string, withTime = true): string {
  const day = formatCalendar(value, 'day-month');
  return withTime ? `${day} ${value.slice(11, 16)}` : day;
}

export function formatWorkDays(minutes: number | null): string {
  if (minutes === null) return '—';
  const days = minutes / WORK_DAY_MINUTES;
  if (Math.abs(days) < 0.05) return '0 d';
  return `${days > 0 ? '+' : '−'}${Math.abs(days).toFixed(1).replace(/\.0$/, '')} d`;
}
