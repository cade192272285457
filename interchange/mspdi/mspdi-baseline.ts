import type { LocalMinutes } from '../../engine/calendar/local-time.js';
import { formatIsoDuration, parseIsoDuration } from './codes.js';
import { date, int, list, text, type Node } from './mspdi-xml.js';
import type { MspdiDiagnostic } from './read-mspdi.js';
import { dt, type Entry } from './write-mspdi-xml.js';

/**
 * MSPDI Baseline 0 (the baseline MS Project's "Set Baseline" saves and its Gantt compares against),
 * one row per task, both ways. Baselines 1–10 are counted, not kept.
 */
export interface MspdiBaselineRow {
  /** The task's id in `input.tasks` (its UID as a string when read). */
  taskId: string;
  start: LocalMinutes;
  finish: LocalMinutes;
  /** In the task's time base, like its duration (0 for a milestone without one). */
  durationMinutes: number;
}

/** Baseline 0 of a `<Task>`; other baseline numbers are added to `others`. */
export function readBaseline0(
  t: Node,
  taskId: string,
  path: string,
  diagnostics: MspdiDiagnostic[],
  others: Set<number>,
): MspdiBaselineRow | undefined {
  let row: MspdiBaselineRow | undefined;
  for (const b of list(t, 'Baseline')) {
    const number = int(b, 'Number');
    if (number !== 0) {
      if (number !== null) others.add(number);
      continue;
    }
    if (row) continue; // MS Project writes one; a repeat adds nothing
    const bpath = `${path}/Baseline[Number=0]`;
    const start = date(text(b, 'Start'));
    const finish = date(text(b, 'Finish'));
    if (start === null || finish === null) {
      diagnostics.push({
        path: bpath,
        message: `Baseline 0 has no ${start === null ? 'start' : 'finish'} date: it is not imported for this task`,
      });
      continue;
    }
    const durationText = text(b, 'Duration');
    let durationMinutes = durationText === null ? 0 : parseIsoDuration(durationText);
    if (durationMinutes === null) {
      diagnostics.push({
        path: `${bpath}/Duration`,
        message: `Baseline duration ${durationText} is not a duration: read as 0`,
      });
      durationMinutes = 0;
    }
    row = { taskId, start, finish, durationMinutes };
  }
  return row;
}

/** One diagnostic for the baselines other than 0 that a file carries. */
export function otherBaselinesDiagnostic(others: Set<number>): MspdiDiagnostic | undefined {
  if (others.size === 0) return undefined;
  const numbers = [...others].sort((a, b) => a - b);
  return {
    path: 'Tasks/Baseline',
    message: `Baseline${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')} ${numbers.length > 1 ? 'are' : 'is'} not imported: Waymark keeps Baseline 0 only`,
  };
}

/** The `<Baseline>` element of a task (after its links, in schema order). */
export function baselineEntry(row: MspdiBaselineRow, durationFormat: number): Entry {
  return [
    'Baseline',
    [
      ['Number', 0],
      ['Start', dt(row.start)],
      ['Finish', dt(row.finish)],
      ['Duration', formatIsoDuration(row.durationMinutes)],
      ['DurationFormat', durationFormat],
    ],
  ];
}
