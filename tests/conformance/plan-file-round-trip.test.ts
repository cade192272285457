import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { schedulePlan, type TaskSchedule } from '../../engine/scheduling/index.js';
import { readMspdi } from '../../interchange/mspdi/index.js';
import { readPlanFile } from '../../interchange/plan-file/read-plan-file.js';
import { writePlanFile } from '../../interchange/plan-file/write-plan-file.js';
import {
  CONFORMANCE_ROOT,
  conformanceAvailable,
  listMspdiFiles,
  listSyntheticFiles,
  type CorpusFile,
} from './corpus.js';

/**
 * The YAML plan file carries the whole plan (issue 15): for every tier-A MS Project file and
 * every synthetic plan, readMspdi → writePlanFile → readPlanFile → schedulePlan gives, for every
 * task keyed by UID, the same dates and slack to the minute as schedulePlan on what readMspdi
 * read. Calendars (weeks, exceptions, repeats, bases), UIDs, elapsed durations, percent and
 * elapsed lags, constraints, deadlines and the file's duration settings all go through the text.
 */

const files: { key: string; file: CorpusFile }[] = conformanceAvailable
  ? [
      ...listMspdiFiles()
        .filter((f) => f.tier === 'A')
        .map((file) => ({ key: `mspdi/${file.name}`, file })),
      ...listSyntheticFiles().map((file) => ({ key: `synthetic/${file.name}`, file })),
    ]
  : [];

const counts = { files: 0, tasks: 0, calendars: 0, exceptions: 0 };

/** What is compared, keyed by UID. */
function datesByUid(tasks: readonly TaskSchedule[]): Map<number | undefined, unknown> {
  return new Map(
    tasks.map((t) => [
      t.uid,
      {
        start: t.start,
        finish: t.finish,
        earlyStart: t.earlyStart,
        earlyFinish: t.earlyFinish,
        lateStart: t.lateStart,
        lateFinish: t.lateFinish,
        totalSlackMinutes: t.totalSlackMinutes,
        freeSlackMinutes: t.freeSlackMinutes,
        summary: t.summary,
      },
    ]),
  );
}

describe.skipIf(!conformanceAvailable)(
  conformanceAvailable
    ? `YAML plan file round trip of the tier-A and synthetic files in ${CONFORMANCE_ROOT}`
    : `SKIPPED: the conformance corpus ${CONFORMANCE_ROOT} is absent, so the YAML round trip is not run over it`,
  () => {
    afterAll(() => {
      if (counts.files === 0) return;
      console.log(
        `\nYAML plan file round trip: ${counts.files} of ${files.length} files, ${counts.tasks} tasks ` +
          `to the minute (${counts.calendars} calendars, ${counts.exceptions} exceptions written)`,
      );
    });

    it('finds the corpus', () => {
      expect(files.filter((f) => f.key.startsWith('mspdi/')).length).toBeGreaterThanOrEqual(10);
      expect(files.filter((f) => f.key.startsWith('synthetic/')).length).toBeGreaterThanOrEqual(40);
    });

    it.each(files.map(({ key, file }) => [key, file] as const))(
      '%s: written as YAML and read back, it schedules to the same minute',
      (_key, file) => {
        const read = readMspdi(readFileSync(file.path, 'utf8'));
        const { minutesPerDay, minutesPerWeek, daysPerMonth } = read.project;
        const text = writePlanFile(read.input, {
          settings: {
            minutesPerDay,
            minutesPerWeek,
            minutesPerMonth: daysPerMonth * minutesPerDay,
          },
        });
        const back = readPlanFile(text);
        if (!back.ok) throw new Error(JSON.stringify(back.errors.slice(0, 5)));

        const before = schedulePlan(read.input);
        const after = schedulePlan(back.plan.input);
        const want = datesByUid(before.tasks);
        const got = datesByUid(after.tasks);
        expect(got.size).toBe(want.size);
        for (const [uid, dates] of want) expect(got.get(uid), `UID ${uid}`).toEqual(dates);
        expect(after.finish).toBe(before.finish);

        counts.files++;
        counts.tasks += want.size;
        counts.calendars += read.input.calendars.length;
        counts.exceptions += read.input.calendars.reduce((n, c) => n + c.exceptions.length, 0);
      },
    );
  },
);
