import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import { schedulePlan } from '../../engine/scheduling/index.js';
import type { ScheduleTask } from '../../engine/scheduling/schedule-input.js';
import { conformanceAvailable, MSPDI_DIR } from '../../tests/conformance/corpus.js';
import { percentComplete } from './mspdi-progress.js';
import { mspdiDoc, mspdiTask } from '../testing/mspdi-test-doc.js';
import { readMspdi, writeMspdi } from './index.js';

const at = (s: string): number => parseLocalDateTime(s)!;

const DOC = mspdiDoc(
  [
    mspdiTask(
      1,
      '<PercentComplete>100</PercentComplete><ActualStart>2027-01-04T08:00:00</ActualStart><ActualFinish>2027-01-08T17:00:00</ActualFinish><RemainingDuration>PT0H0M0S</RemainingDuration>',
    ),
    mspdiTask(
      2,
      '<PercentComplete>60</PercentComplete><ActualStart>2027-01-05T08:00:00</ActualStart><RemainingDuration>PT16H0M0S</RemainingDuration>',
    ),
    // No RemainingDuration: % complete × duration.
    mspdiTask(
      3,
      '<PercentComplete>25</PercentComplete><ActualStart>2027-01-05T08:00:00</ActualStart>',
    ),
    // Started, nothing reported done.
    mspdiTask(4, '<ActualStart>2027-01-06T08:00:00</ActualStart>'),
    // Elapsed (72 eh): the remaining duration is wall-clock time.
    mspdiTask(
      5,
      '<Duration>PT72H0M0S</Duration><DurationFormat>6</DurationFormat><ActualStart>2027-01-04T08:00:00</ActualStart><RemainingDuration>PT24H0M0S</RemainingDuration>',
    ),
    mspdiTask(
      6,
      '<PercentComplete>0</PercentComplete><RemainingDuration>PT40H0M0S</RemainingDuration>',
    ),
    // A summary's actuals are its children's, rolled up.
    mspdiTask(7, '<Summary>1</Summary><ActualStart>2027-01-04T08:00:00</ActualStart>'),
    mspdiTask(
      8,
      '<OutlineLevel>2</OutlineLevel><ActualStart>2027-01-04T08:00:00</ActualStart><RemainingDuration>PT8H30M6S</RemainingDuration>',
    ),
    mspdiTask(9, '<ActualFinish>2027-01-08T17:00:00</ActualFinish>'),
  ].join(''),
  '<StatusDate>2027-01-06T17:00:00</StatusDate>',
);

function progressById(tasks: ScheduleTask[]): Record<string, ScheduleTask['progress']> {
  return Object.fromEntries(tasks.map((t) => [t.id, t.progress]));
}

describe('MSPDI progress', () => {
  const read = readMspdi(DOC);

  it('reads actual dates and remaining work in the task time base, and the status date', () => {
    expect(progressById(read.input.tasks)).toEqual({
      '1': { actualStart: at('2027-01-04T08:00'), actualFinish: at('2027-01-08T17:00') },
      '2': { actualStart: at('2027-01-05T08:00'), remainingMinutes: 960 },
      '3': { actualStart: at('2027-01-05T08:00'), remainingMinutes: 1800 },
      '4': { actualStart: at('2027-01-06T08:00') },
      '5': { actualStart: at('2027-01-04T08:00'), remainingMinutes: 1440 },
      '6': undefined,
      '7': undefined,
      '8': { actualStart: at('2027-01-04T08:00'), remainingMinutes: 510.1 },
      '9': undefined,
    });
    expect(read.input.tasks.find((t) => t.id === '5')!.duration).toEqual({
      kind: 'elapsed',
      minutes: 4320,
    });
    expect(read.input.statusDate).toBe(at('2027-01-06T17:00'));
    expect(read.diagnostics).toEqual([
      {
        path: 'Task[UID=9]/ActualFinish',
        message: 'Actual finish without an actual start: the task is imported as not started',
      },
    ]);
  });

  it('still lists started rows as skipped for scoring (their dates are not CPM dates)', () => {
    expect(read.skipped.filter((s) => s.reason === 'progress').map((s) => s.uid)).toEqual([
      1, 2, 3, 4, 5, 7, 8,
    ]);
  });

  it('an in-progress task whose remaining work is its whole duration reads as nothing done', () => {
    const r = readMspdi(
      mspdiDoc(
        mspdiTask(
          1,
          '<PercentComplete>0</PercentComplete><ActualStart>2027-01-04T08:00:00</ActualStart><RemainingDuration>PT40H0M0S</RemainingDuration>',
        ),
      ),
    );
    expect(r.input.tasks[0]!.progress).toEqual({ actualStart: at('2027-01-04T08:00') });
  });

  it('writes the actuals back, in schema order, and reads them back equal', () => {
    const xml = writeMspdi(read.input, schedulePlan(read.input));
    const again = readMspdi(xml);
    expect(progressById(again.input.tasks)).toEqual(progressById(read.input.tasks));
    expect(again.input.statusDate).toBe(read.input.statusDate);
    expect(again.diagnostics).toEqual([]);

    const block = (uid: number): string => {
      const from = xml.indexOf(`<UID>${uid}</UID>`, xml.indexOf('<Tasks>'));
      return xml.slice(from, xml.indexOf('</Task>', from));
    };
    expect(block(1)).toContain('<PercentComplete>100</PercentComplete>');
    expect(block(1)).toContain('<ActualFinish>2027-01-08T17:00:00</ActualFinish>');
    expect(block(1)).toContain('<RemainingDuration>PT0H0M0S</RemainingDuration>');
    expect(block(2)).toContain('<PercentComplete>60</PercentComplete>');
    expect(block(2)).toContain('<ActualDuration>PT24H0M0S</ActualDuration>');
    expect(block(2)).not.toContain('<ActualFinish>');
    expect(block(4)).toContain('<PercentComplete>0</PercentComplete>');
    expect(block(4)).toContain('<RemainingDuration>PT40H0M0S</RemainingDuration>');
    expect(block(6)).not.toContain('<ActualStart>');
    const order = [
      'FinishSlack',
      'PercentComplete',
      'ActualStart',
      'ActualFinish',
      'ActualDuration',
      'RemainingDuration',
      'ConstraintType',
    ].map((tag) => block(1).indexOf(`<${tag}>`));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const project = xml.slice(0, xml.indexOf('<Calendars>'));
    expect(project).toContain('<StatusDate>2027-01-06T17:00:00</StatusDate>');
    expect(project.indexOf('<MultipleCriticalPaths>')).toBeLessThan(
      project.indexOf('<StatusDate>'),
    );
    expect(project.indexOf('<StatusDate>')).toBeLessThan(project.indexOf('<NewTasksAreManual>'));
  });

  it('the engine schedules the actuals read: a done task sits at its actual dates', () => {
    const s = schedulePlan(read.input).tasks.find((t) => t.id === '1')!;
    expect([s.start, s.finish]).toEqual([at('2027-01-04T08:00'), at('2027-01-08T17:00')]);
  });

  it('writes no StatusDate and no actuals for a plan without them', () => {
    const plain = readMspdi(mspdiDoc(mspdiTask(1)));
    const xml = writeMspdi(plain.input, schedulePlan(plain.input));
    expect(xml).not.toMatch(/<StatusDate>|<ActualStart>|<PercentComplete>/);
  });
});

describe('percentComplete', () => {
  const task = (progress?: ScheduleTask['progress'], minutes = 2400) => ({
    duration: { kind: 'working' as const, minutes },
    ...(progress ? { progress } : {}),
  });
  it('is the share of the duration done, 100 only when done', () => {
    expect(percentComplete(task())).toBe(0);
    expect(percentComplete(task({ actualStart: 0 }))).toBe(0);
    expect(percentComplete(task({ actualStart: 0, remainingMinutes: 600 }))).toBe(75);
    expect(percentComplete(task({ actualStart: 0, remainingMinutes: 1 }))).toBe(99);
    expect(percentComplete(task({ actualStart: 0, remainingMinutes: 0 }))).toBe(99);
    expect(percentComplete(task({ actualStart: 0, actualFinish: 10 }))).toBe(100);
    expect(percentComplete(task({ actualStart: 0 }, 0))).toBe(0);
  });
});

describe.skipIf(!conformanceAvailable)(
  conformanceAvailable
    ? 'MSPDI progress in the corpus files that carry it'
    : 'SKIPPED: the conformance corpus is absent, so progress is not read from its files',
  () => {
    const load = (name: string) => readMspdi(readFileSync(path.join(MSPDI_DIR, name), 'utf8'));

    it('mpp-baseline-progress.xml: two done subtasks, one half done, summaries left to roll up', () => {
      const read = load('mpp-baseline-progress.xml');
      const started = read.input.tasks.filter((t) => t.progress);
      expect(Object.fromEntries(started.map((t) => [t.uid, t.progress]))).toEqual({
        2: { actualStart: at('2006-08-24T08:00'), actualFinish: at('2006-08-28T17:00') },
        3: { actualStart: at('2006-08-30T08:00'), actualFinish: at('2006-09-05T17:00') },
        // Subtask 4: 80 h, 50 % done, RemainingDuration PT40H.
        7: { actualStart: at('2006-08-29T08:00'), remainingMinutes: 2400 },
      });
      expect(read.input.statusDate).toBeUndefined();
    });

    it('resource-3tasks.xml: the completed task', () => {
      const read = load('resource-3tasks.xml');
      expect(read.input.tasks.filter((t) => t.progress).map((t) => [t.uid, t.progress])).toEqual([
        [4, { actualStart: at('2006-08-26T08:00'), actualFinish: at('2006-08-29T17:00') }],
      ]);
    });

    it('timephased-segments.xml: two tasks half done', () => {
      const read = load('timephased-segments.xml');
      expect(read.input.tasks.filter((t) => t.progress).map((t) => [t.uid, t.progress])).toEqual([
        [4, { actualStart: at('2011-02-07T08:00'), remainingMinutes: 1200 }],
        [5, { actualStart: at('2011-02-07T08:00'), remainingMinutes: 1200 }],
      ]);
    });

    it.each(['mpp-baseline-progress.xml', 'resource-3tasks.xml', 'timephased-segments.xml'])(
      '%s: progress written and read back is equal',
      (name) => {
        const read = load(name);
        const again = readMspdi(writeMspdi(read.input, schedulePlan(read.input)));
        expect(progressById(again.input.tasks)).toEqual(progressById(read.input.tasks));
        expect(again.input.tasks.filter((t) => t.progress).length).toBeGreaterThan(0);
      },
    );
  },
);
