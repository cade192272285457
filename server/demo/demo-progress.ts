import { workingDaysBetween } from '../modules/schedules/schedule-input.js';
import type { DemoMilestone, DemoTask } from './demo-model.js';

export interface DemoTaskProgress {
  actualStart: string | null;
  actualFinish: string | null;
  percentComplete: number;
}

/** The day before `day`, YYYY-MM-DD. */
function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * What the demo reports as done so far, so its first screen is a plan of
 * record: done tasks at their planned dates, started ones from their start
 * with the share of their working days behind them. Actuals stop at the day
 * before `today`, so they are in the past on every program's clock.
 */
export function demoTaskProgress(task: DemoTask, today: string): DemoTaskProgress {
  const last = dayBefore(today);
  const started = task.startDate <= last;
  if (task.state === 'done') {
    const start = earlier(task.startDate, last);
    return {
      actualStart: `${start}T08:00:00`,
      actualFinish: `${earlier(task.dueDate, last)}T17:00:00`,
      percentComplete: 100,
    };
  }
  if ((task.state === 'in_progress' || task.state === 'blocked') && started) {
    const total = Math.max(1, workingDaysBetween(task.startDate, task.dueDate));
    const behind = workingDaysBetween(task.startDate, last);
    return {
      actualStart: `${task.startDate}T08:00:00`,
      actualFinish: null,
      percentComplete: Math.min(90, Math.max(10, Math.round((100 * behind) / total / 5) * 5)),
    };
  }
  return { actualStart: null, actualFinish: null, percentComplete: 0 };
}

/** When an achieved milestone was achieved: its due date, or yesterday if that is later. */
export function demoAchievedAt(milestone: DemoMilestone, today: string): string | null {
  if (milestone.state !== 'achieved') return null;
  return `${earlier(milestone.dueDate, dayBefore(today))}T17:00:00`;
}
