import { standardCalendar } from '../../calendar/calendar-definition.js';
import { parseLocalDateTime } from '../../calendar/local-time.js';
import type { LinkType, ScheduleInput, ScheduleTask } from '../schedule-input.js';

/**
 * Seeded random plans shaped like real programmes, for the scheduling
 * benchmark: one summary per 20 rows (WBS), leaves of 0–15 working days (10%
 * milestones), ~2.5 links per leaf to leaves among the previous 300 rows (a
 * DAG), 80% FS / 10% SS / 7% FF / 3% SF, a quarter of them with a lag or lead,
 * on the standard calendar with 14 holidays a year (2027–2086).
 */
export function seededRandom(seed: number): () => number {
  // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LINK_SPAN = 300;
const LINKS_PER_LEAF = 2.5;

export function holidays(fromYear: number, years: number): string[] {
  const days: string[] = [];
  for (let y = fromYear; y < fromYear + years; y++) {
    for (const md of ['01-01', '01-18', '02-15', '04-05', '05-31', '07-05', '09-06', '10-11']) {
      days.push(`${y}-${md}`);
    }
    for (const md of ['11-11', '11-25', '11-26', '12-24', '12-27', '12-31'])
      days.push(`${y}-${md}`);
  }
  return days;
}

export function randomPlan(rows: number, seed: number): ScheduleInput {
  const random = seededRandom(seed);
  const calendar = standardCalendar();
  calendar.exceptions = holidays(2027, 60).map((d) => ({ from: d, to: d, intervals: [] }));
  const tasks: ScheduleTask[] = [];
  const leaves: string[] = [];
  let summaryId = '';
  for (let i = 0; i < rows; i++) {
    if (i % 20 === 0) {
      summaryId = `s${i}`;
      tasks.push({
        id: summaryId,
        name: `Work package ${i / 20}`,
        duration: { kind: 'working', minutes: 0 },
        predecessors: [],
      });
      continue;
    }
    const id = `t${i}`;
    const milestone = random() < 0.1;
    const task: ScheduleTask = {
      id,
      name: `Task ${i}`,
      parentId: summaryId,
      duration: { kind: 'working', minutes: milestone ? 0 : (1 + Math.floor(random() * 30)) * 240 },
      milestone,
      predecessors: [],
    };
    if (leaves.length > 0) {
      const count = Math.floor(random() * (2 * LINKS_PER_LEAF + 1));
      const seen = new Set<string>();
      for (let k = 0; k < count; k++) {
        const back = 1 + Math.floor(random() * Math.min(LINK_SPAN, leaves.length));
        const predecessorId = leaves[leaves.length - back]!;
        if (seen.has(predecessorId)) continue;
        seen.add(predecessorId);
        const r = random();
        const type: LinkType = r < 0.8 ? 'FS' : r < 0.9 ? 'SS' : r < 0.97 ? 'FF' : 'SF';
        const lagged = random() < 0.25;
        const lagDays = lagged
          ? Math.floor(random() * 6) - (type === 'FS' || type === 'SS' ? 1 : 0)
          : 0;
        task.predecessors.push({
          predecessorId,
          type,
          lag: { kind: 'working', minutes: (type === 'SF' ? Math.max(1, lagDays) : lagDays) * 480 },
        });
      }
    }
    tasks.push(task);
    leaves.push(id);
  }
  return {
    start: parseLocalDateTime('2027-01-04T08:00')!,
    projectCalendarId: calendar.id,
    calendars: [calendar],
    tasks,
  };
}

export function linkCount(input: ScheduleInput): number {
  return input.tasks.reduce((sum, t) => sum + t.predecessors.length, 0);
}
