import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import { schedulePlan } from '../../engine/scheduling/index.js';
import { conformanceAvailable, MSPDI_DIR } from '../../tests/conformance/corpus.js';
import { mspdiDoc, mspdiTask } from '../testing/mspdi-test-doc.js';
import { readMspdi, writeMspdi, type MspdiReadResult } from './index.js';

const at = (s: string): number => parseLocalDateTime(s)!;

const baseline = (n: number, fields: string): string =>
  `<Baseline><Number>${n}</Number>${fields}</Baseline>`;

const DOC = mspdiDoc(
  [
    mspdiTask(
      1,
      '<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink>' +
        baseline(
          1,
          '<Start>2027-01-11T08:00:00</Start><Finish>2027-01-15T17:00:00</Finish><Duration>PT40H0M0S</Duration>',
        ) +
        baseline(
          0,
          '<Start>2027-01-04T08:00:00</Start><Finish>2027-01-08T17:00:00</Finish><Duration>PT40H0M0S</Duration><DurationFormat>7</DurationFormat><Work>PT40H0M0S</Work>',
        ),
    ),
    // A milestone's baseline has no Duration.
    mspdiTask(
      2,
      '<Duration>PT0H0M0S</Duration><Milestone>1</Milestone>' +
        baseline(0, '<Start>2027-01-04T08:00:00</Start><Finish>2027-01-04T08:00:00</Finish>'),
    ),
    mspdiTask(3, baseline(0, '<Start>2027-01-04T08:00:00</Start><Duration>PT8H0M0S</Duration>')),
    mspdiTask(4, baseline(2, '<Start>2027-01-04T08:00:00</Start>')),
    mspdiTask(
      5,
      '<Duration>PT48H0M0S</Duration><DurationFormat>8</DurationFormat>' +
        baseline(
          0,
          '<Start>2027-01-04T08:00:00</Start><Finish>2027-01-05T08:00:00</Finish><Duration>PT24H0M30S</Duration><DurationFormat>8</DurationFormat>',
        ),
    ),
  ].join(''),
);

describe('MSPDI Baseline 0', () => {
  const read = readMspdi(DOC);

  it('reads Baseline 0 of each task, and only 0', () => {
    expect(read.baseline).toEqual([
      {
        taskId: '1',
        start: at('2027-01-04T08:00'),
        finish: at('2027-01-08T17:00'),
        durationMinutes: 2400,
      },
      {
        taskId: '2',
        start: at('2027-01-04T08:00'),
        finish: at('2027-01-04T08:00'),
        durationMinutes: 0,
      },
      {
        taskId: '5',
        start: at('2027-01-04T08:00'),
        finish: at('2027-01-05T08:00'),
        durationMinutes: 1440.5,
      },
    ]);
  });

  it('says which baseline rows it does not keep', () => {
    expect(read.diagnostics).toEqual([
      {
        path: 'Task[UID=3]/Baseline[Number=0]',
        message: 'Baseline 0 has no finish date: it is not imported for this task',
      },
      {
        path: 'Tasks/Baseline',
        message: 'Baselines 1, 2 are not imported: Waymark keeps Baseline 0 only',
      },
    ]);
  });

  it('has no baseline field when the file has no Baseline 0', () => {
    expect(readMspdi(mspdiDoc(mspdiTask(1))).baseline).toBeUndefined();
  });

  it('writes Baseline 0 after the links, in schema order, and reads it back equal', () => {
    const xml = writeMspdi(read.input, schedulePlan(read.input), { baseline: read.baseline! });
    const again = readMspdi(xml);
    expect(again.baseline).toEqual(read.baseline);
    expect(again.diagnostics).toEqual([]);
    const from = xml.indexOf('<UID>1</UID>', xml.indexOf('<Tasks>'));
    const task1 = xml.slice(from, xml.indexOf('</Task>', from)).replace(/\s+/g, '');
    expect(task1.indexOf('</PredecessorLink>')).toBeLessThan(task1.indexOf('<Baseline>'));
    expect(task1).toContain(
      [
        '<Baseline>',
        '<Number>0</Number>',
        '<Start>2027-01-04T08:00:00</Start>',
        '<Finish>2027-01-08T17:00:00</Finish>',
        '<Duration>PT40H0M0S</Duration>',
        '<DurationFormat>7</DurationFormat>',
        '</Baseline>',
      ].join(''),
    );
    // The elapsed task's baseline duration is written in an elapsed unit (eh: not whole days).
    expect(xml.replace(/\s+/g, '')).toContain(
      '<Duration>PT24H0M30S</Duration><DurationFormat>6</DurationFormat></Baseline>',
    );
  });

  it('leaves out rows of tasks the plan does not have, and writes none without the option', () => {
    const rows = [...read.baseline!, { taskId: 'gone', start: 0, finish: 0, durationMinutes: 0 }];
    const xml = writeMspdi(read.input, schedulePlan(read.input), { baseline: rows });
    expect(xml.match(/<Baseline>/g)).toHaveLength(3);
    expect(writeMspdi(read.input, schedulePlan(read.input))).not.toContain('<Baseline>');
  });
});

describe.skipIf(!conformanceAvailable)(
  conformanceAvailable
    ? 'MSPDI Baseline 0 in the corpus files that carry it'
    : 'SKIPPED: the conformance corpus is absent, so baselines are not read from its files',
  () => {
    const load = (name: string): MspdiReadResult =>
      readMspdi(readFileSync(path.join(MSPDI_DIR, name), 'utf8'));

    it('mpp-bug2.xml: the baseline of every task that has one', () => {
      const read = load('mpp-bug2.xml');
      expect(read.baseline!.map((b) => b.taskId)).toEqual(['1', '2', '3', '4', '6', '7']);
      expect(read.baseline!.find((b) => b.taskId === '3')).toEqual({
        taskId: '3',
        start: at('2003-01-09T08:00'),
        finish: at('2003-01-14T17:00'),
        durationMinutes: 1920,
      });
    });

    it('mpp-baseline-progress.xml: baseline dates differ from the current ones where the plan slipped', () => {
      const read = load('mpp-baseline-progress.xml');
      const subtask2 = read.baseline!.find((b) => b.taskId === '3')!;
      expect(subtask2).toEqual({
        taskId: '3',
        start: at('2006-08-29T08:00'),
        finish: at('2006-09-01T17:00'),
        durationMinutes: 1920,
      });
      expect(read.expected.get(3)!.start).toBe(at('2006-08-30T08:00'));
    });

    it('mpp-duration-test8.xml: rows without dates are named, not imported', () => {
      const read = load('mpp-duration-test8.xml');
      expect(read.baseline!.map((b) => b.taskId)).toEqual(['1', '2', '3']);
      expect(
        read.diagnostics.filter((d) => d.path.includes('Baseline')).map((d) => d.path),
      ).toEqual([4, 11, 12, 13, 14].map((uid) => `Task[UID=${uid}]/Baseline[Number=0]`));
    });

    it.each([
      ['mpp-baseline-progress.xml', 7],
      ['mpp-bug2.xml', 6],
      ['mpp-duration-test8.xml', 3],
      ['mpp-duration-test9.xml', 3],
      ['mpp-sf259.xml', 23],
    ])('%s: %i Baseline 0 rows written and read back equal', (name, rows) => {
      const read = load(name);
      expect(read.baseline).toHaveLength(rows);
      const again = readMspdi(
        writeMspdi(read.input, schedulePlan(read.input), { baseline: read.baseline! }),
      );
      expect(again.baseline).toEqual(read.baseline);
    });
  },
);
