import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../../engine/scheduling/index.js';
import { conformanceAvailable, MSPDI_DIR } from '../../tests/conformance/corpus.js';
import { mspdiDoc, mspdiTask } from '../testing/mspdi-test-doc.js';
import { SPLIT_MESSAGE } from './read-mspdi-dropped.js';
import { readMspdi, writeMspdi, type MspdiDiagnostic } from './index.js';

const split = (uid: number): MspdiDiagnostic => ({
  path: `Task[UID=${uid}]`,
  message: SPLIT_MESSAGE,
});

const RESOURCE =
  '<Resources><Resource><UID>1</UID><ID>1</ID><Name>Ann</Name><Type>1</Type><MaxUnits>1</MaxUnits></Resource></Resources>';

/** Daily timephased work: [start day, value] pairs on January 2027; null = no value (non-working). */
function assignment(taskUid: number, days: [number, string | null][]): string {
  const day = (d: number): string => `2027-01-${String(d).padStart(2, '0')}`;
  const periods = days
    .map(
      ([d, v]) =>
        `<TimephasedData><Type>1</Type><UID>${taskUid}</UID><Start>${day(d)}T08:00:00</Start><Finish>${day(d + 1)}T08:00:00</Finish><Unit>2</Unit>${v === null ? '' : `<Value>${v}</Value>`}</TimephasedData>`,
    )
    .join('');
  return `<Assignment><UID>${taskUid}</UID><TaskUID>${taskUid}</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units><Work>PT40H0M0S</Work>${periods}</Assignment>`;
}

const EIGHT = 'PT8H0M0S';
const ZERO = 'PT0H0M0S';

describe('diagnostics for what the model does not keep', () => {
  it('a clean file has none', () => {
    const read = readMspdi(
      mspdiDoc(
        mspdiTask(1) +
          mspdiTask(
            2,
            '<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink>',
          ),
      ),
    );
    expect(read.diagnostics).toEqual([]);
  });

  it('split: Stop and Resume of an unfinished task with working time between them', () => {
    const read = readMspdi(
      mspdiDoc(
        [
          // Stopped Tuesday evening, resumes Thursday morning: Wednesday is a gap.
          mspdiTask(
            1,
            '<Stop>2027-01-05T17:00:00</Stop><Resume>2027-01-07T08:00:00</Resume><ActualStart>2027-01-04T08:00:00</ActualStart>',
          ),
          // Stop at noon, resume after lunch, or the next morning: no working time between.
          mspdiTask(
            2,
            '<Stop>2027-01-05T12:00:00</Stop><Resume>2027-01-05T13:00:00</Resume><ActualStart>2027-01-04T08:00:00</ActualStart>',
          ),
          mspdiTask(
            3,
            '<Stop>2027-01-05T17:00:00</Stop><Resume>2027-01-06T08:00:00</Resume><ActualStart>2027-01-04T08:00:00</ActualStart>',
          ),
          // Finished: its parts are history, no longer a split to schedule.
          mspdiTask(
            4,
            '<Stop>2027-01-05T17:00:00</Stop><Resume>2027-01-07T08:00:00</Resume><ActualStart>2027-01-04T08:00:00</ActualStart><ActualFinish>2027-01-08T17:00:00</ActualFinish>',
          ),
          // Elapsed: the gap is wall-clock time, even overnight.
          mspdiTask(
            5,
            '<DurationFormat>8</DurationFormat><Stop>2027-01-05T17:00:00</Stop><Resume>2027-01-06T08:00:00</Resume><ActualStart>2027-01-04T08:00:00</ActualStart>',
          ),
        ].join(''),
      ),
    );
    expect(read.diagnostics).toEqual([split(1), split(5)]);
  });

  it('split: a zero-work gap between two runs of work in an assignment', () => {
    const read = readMspdi(
      mspdiDoc(
        mspdiTask(1) + mspdiTask(2) + mspdiTask(3),
        '',
        `${RESOURCE}<Assignments>${[
          // Mon Tue work, Wed Thu nothing, Fri work.
          assignment(1, [
            [4, EIGHT],
            [5, EIGHT],
            [6, ZERO],
            [7, ZERO],
            [8, EIGHT],
          ]),
          // Work through a weekend written without values: contiguous.
          assignment(2, [
            [7, EIGHT],
            [8, EIGHT],
            [9, null],
            [10, null],
            [11, EIGHT],
          ]),
          // Zeros before and after the work only: a delayed start, not a split.
          assignment(3, [
            [4, ZERO],
            [5, EIGHT],
            [6, EIGHT],
            [7, ZERO],
          ]),
        ].join('')}</Assignments>`,
      ),
    );
    expect(read.diagnostics).toEqual([split(1)]);
  });

  it('fixed-work and effort-driven tasks only when they carry resource work', () => {
    const read = readMspdi(
      mspdiDoc(
        [
          mspdiTask(1, '<Type>2</Type>'),
          mspdiTask(2, '<Type>0</Type><EffortDriven>1</EffortDriven>'),
          mspdiTask(3, '<Type>1</Type><EffortDriven>1</EffortDriven>'),
          mspdiTask(4, '<Type>0</Type><EffortDriven>0</EffortDriven>'),
          mspdiTask(5, '<Type>2</Type><EffortDriven>1</EffortDriven>'),
        ].join(''),
        '',
        `${RESOURCE}<Assignments>${[1, 2, 3, 4]
          .map(
            (uid) =>
              `<Assignment><UID>${uid}</UID><TaskUID>${uid}</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units><Work>PT40H0M0S</Work></Assignment>`,
          )
          .join('')}</Assignments>`,
      ),
    );
    const tail =
      'Waymark keeps its duration when its assignments change (MS Project would keep the work and change the duration)';
    expect(read.diagnostics).toEqual([
      { path: 'Task[UID=1]/Type', message: `Fixed-work task: ${tail}` },
      { path: 'Task[UID=2]/EffortDriven', message: `Effort-driven task: ${tail}` },
      { path: 'Task[UID=3]/EffortDriven', message: `Effort-driven task: ${tail}` },
    ]);
  });

  it('recurring tasks (a recurring summary of occurrences) and hyperlinks', () => {
    const read = readMspdi(
      mspdiDoc(
        [
          mspdiTask(1, '<Summary>1</Summary><Recurring>1</Recurring>'),
          mspdiTask(2, '<OutlineLevel>2</OutlineLevel><Recurring>1</Recurring>'),
          mspdiTask(3, '<OutlineLevel>2</OutlineLevel><Recurring>1</Recurring>'),
          // Converted files set the flag on ordinary summaries too: their children tell.
          mspdiTask(4, '<Summary>1</Summary><Recurring>1</Recurring>'),
          mspdiTask(5, '<OutlineLevel>2</OutlineLevel><Recurring>0</Recurring>'),
          mspdiTask(
            6,
            '<Hyperlink>Spec</Hyperlink><HyperlinkAddress>https://example.com/spec</HyperlinkAddress>',
          ),
        ].join(''),
      ),
    );
    expect(read.diagnostics).toEqual([
      {
        path: 'Task[UID=1]/Recurring',
        message:
          'Recurring task: its occurrences are imported as separate tasks; the recurrence itself is not kept',
      },
      {
        path: 'Task[UID=6]/Hyperlink',
        message:
          'Hyperlink https://example.com/spec is not imported (a Waymark task has no hyperlink field)',
      },
    ]);
  });

  it("the writer's own output reads back without any", () => {
    const read = readMspdi(
      mspdiDoc(
        mspdiTask(
          1,
          '<Type>2</Type><Stop>2027-01-05T17:00:00</Stop><Resume>2027-01-07T08:00:00</Resume><ActualStart>2027-01-04T08:00:00</ActualStart>',
        ),
        '',
        `${RESOURCE}<Assignments>${assignment(1, [
          [4, EIGHT],
          [5, ZERO],
          [6, EIGHT],
        ])}</Assignments>`,
      ),
    );
    expect(read.diagnostics.map((d) => d.path)).toEqual(['Task[UID=1]', 'Task[UID=1]/Type']);
    const again = readMspdi(
      writeMspdi(read.input, schedulePlan(read.input), {
        resources: read.resources!,
        assignments: read.assignments!,
      }),
    );
    expect(again.diagnostics).toEqual([]);
  });
});

describe.skipIf(!conformanceAvailable)(
  conformanceAvailable
    ? 'split tasks and features outside the model in the corpus files'
    : 'SKIPPED: the conformance corpus is absent, so its split tasks are not read',
  () => {
    const load = (name: string) => readMspdi(readFileSync(path.join(MSPDI_DIR, name), 'utf8'));

    it('split-task.xml: both tasks are split (zero-work gaps in their timephased work)', () => {
      expect(load('split-task.xml').diagnostics).toEqual([split(1), split(2)]);
    });

    it('timephased-segments.xml: actual then remaining work, stopped over lunch, is no split', () => {
      const read = load('timephased-segments.xml');
      expect(read.diagnostics.filter((d) => d.message === SPLIT_MESSAGE)).toEqual([]);
      // Every task carries resource work and is effort-driven.
      expect(read.diagnostics.filter((d) => d.path.endsWith('/EffortDriven'))).toHaveLength(20);
    });

    it('mpp-baseline-progress.xml: stopped one evening, resumed the next morning, is no split', () => {
      const read = load('mpp-baseline-progress.xml');
      expect(read.diagnostics.filter((d) => d.message === SPLIT_MESSAGE)).toEqual([]);
      expect(read.diagnostics.map((d) => d.path)).toContain('Task[UID=6]/Type');
    });

    it('mpp-recurring.xml: the seven recurring tasks; sf259 flags summaries that are not', () => {
      const recurring = (name: string): string[] =>
        load(name)
          .diagnostics.filter((d) => d.path.endsWith('/Recurring'))
          .map((d) => d.path);
      expect(recurring('mpp-recurring.xml')).toEqual(
        [1, 4, 10, 16, 22, 28, 34].map((uid) => `Task[UID=${uid}]/Recurring`),
      );
      expect(recurring('sample-2003.xml')).toEqual(['Task[UID=6]/Recurring']);
      expect(recurring('mpp-sf259.xml')).toEqual([]);
      expect(recurring('mpp-baseline-progress.xml')).toEqual([]);
    });

    it.each(['task-links-p2003.xml', 'relations.xml', 'mpp-slack9.xml', 'null-tasks.xml'])(
      '%s: a plain CPM file gets no diagnostic',
      (name) => {
        expect(load(name).diagnostics).toEqual([]);
      },
    );
  },
);
