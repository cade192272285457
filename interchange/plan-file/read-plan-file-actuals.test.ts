import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import { schedulePlan } from '../../engine/scheduling/index.js';
import { readPlanFile, type PlanFile } from './read-plan-file.js';

/** UIDs, priorities, actuals and the status date: what a plan file carries beyond the network. */

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const at = (text: string) => parseLocalDateTime(text)!;

function read(text: string): PlanFile {
  const result = readPlanFile(text);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function errors(text: string): string[] {
  const result = readPlanFile(text);
  if (result.ok) throw new Error('expected errors, the plan was read');
  return result.errors.map((e) => `${e.line} ${e.field}: ${e.reason}`);
}

describe('readPlanFile: uid, priority, progress, statusDate', () => {
  it('keeps a given uid; a task without one gets its position', () => {
    const plan = read(
      yaml(
        'start: 2027-01-04T08:00',
        'tasks:',
        '  - { id: a, uid: 40, duration: 1d }',
        '  - { id: b, duration: 1d }',
        '  - { id: c, uid: 7, duration: 1d }',
      ),
    );
    expect(plan.input.tasks.map((t) => [t.id, t.uid])).toEqual([
      ['a', 40],
      ['b', 2],
      ['c', 7],
    ]);
  });

  it('reads the priority and the actuals; a date alone gets the default start or finish time', () => {
    const plan = read(
      yaml(
        'start: 2027-01-04T08:00',
        'statusDate: 2027-01-06',
        'tasks:',
        '  - id: done',
        '    duration: 2d',
        '    priority: 800',
        '    progress: { actualStart: 2027-01-04, actualFinish: 2027-01-05 }',
        '  - id: going',
        '    duration: 3ed',
        '    progress: { actualStart: 2027-01-05T10:30, remaining: 1ed }',
        '  - { id: later, duration: 1d, after: [done] }',
      ),
    );
    expect(plan.input.statusDate).toBe(at('2027-01-06T00:00'));
    const [done, going, later] = plan.input.tasks;
    expect(done!.priority).toBe(800);
    expect(done!.progress).toEqual({
      actualStart: at('2027-01-04T08:00'),
      actualFinish: at('2027-01-05T17:00'),
    });
    expect(going!.progress).toEqual({
      actualStart: at('2027-01-05T10:30'),
      remainingMinutes: 1440,
    });
    expect(later!.progress).toBeUndefined();
    expect(later!.priority).toBeUndefined();
    // The engine holds the done task at its actuals and starts unstarted work at the status date.
    const schedule = schedulePlan(plan.input);
    const of = (id: string) => schedule.tasks.find((t) => t.id === id)!;
    expect(of('done').finish).toBe(at('2027-01-05T17:00'));
    expect(of('later').start).toBe(at('2027-01-06T08:00'));
  });

  it('reports a bad uid, priority, progress or status date with its line', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04T08:00',
          'statusDate: 2027-02-30',
          'tasks:',
          '  - { id: a, uid: 3, duration: 1d, priority: 1001 }',
          '  - { id: b, uid: 3, duration: 1d }',
          '  - id: c',
          '    uid: 0',
          '    duration: 2d',
          '    progress: { actualStart: 2027-01-05, actualFinish: 2027-01-04 }',
          '  - id: d',
          '    duration: 2d',
          '    progress: { actualStart: 2027-01-05, remaining: 1ed }',
        ),
      ),
    ).toEqual(['4 tasks[0].priority: must be at most 1000', '7 tasks[2].uid: must be at least 1']);
    expect(
      errors(
        yaml(
          'start: 2027-01-04T08:00',
          'statusDate: 2027-02-30',
          'tasks:',
          '  - { id: a, uid: 3, duration: 1d }',
          '  - { id: b, uid: 3, duration: 1d }',
          '  - id: c',
          '    duration: 2d',
          '    progress: { actualStart: 2027-01-05, actualFinish: 2027-01-04 }',
          '  - id: d',
          '    duration: 2d',
          '    progress: { actualStart: 2027-01-05, remaining: 1ed }',
        ),
      ),
    ).toEqual([
      '2 statusDate: "2027-02-30" is not a real date and time',
      '5 tasks[1].uid: duplicate uid 3 (also tasks[0])',
      '8 tasks[2].progress.actualFinish: must not be before actualStart (2027-01-05)',
      "11 tasks[3].progress.remaining: must be working time like the task's duration (e.g. 2d)",
    ]);
  });
});
