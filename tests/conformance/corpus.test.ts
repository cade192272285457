import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CalendarException } from '../../engine/calendar/calendar-definition.js';
import { exceptionDays } from '../../engine/calendar/recurrence.js';
import { readMspdi, writeMspdi } from '../../interchange/mspdi/index.js';
import type { ScheduleResult, TaskSchedule } from '../../engine/scheduling/schedule-result.js';
import {
  CONFORMANCE_ROOT,
  conformanceAvailable,
  listMspdiFiles,
  listSyntheticFiles,
  MSPDI_DIR,
  readSyntheticIndex,
  SYNTHETIC_DIR,
} from './corpus.js';

const mspdiFiles = conformanceAvailable ? listMspdiFiles() : [];
const syntheticFiles = conformanceAvailable ? listSyntheticFiles() : [];
const syntheticIndex = conformanceAvailable ? readSyntheticIndex() : new Map();

describe.skipIf(!conformanceAvailable)(
  conformanceAvailable
    ? `reading the conformance corpus at ${CONFORMANCE_ROOT}`
    : `SKIPPED: the conformance corpus ${CONFORMANCE_ROOT} is absent (it lives beside the repository, never in it)`,
  () => {
    it('finds the corpus files and their tiers', () => {
      expect(mspdiFiles.length).toBeGreaterThanOrEqual(31);
      expect(syntheticFiles.length).toBeGreaterThanOrEqual(40);
      for (const f of mspdiFiles) expect(['A', 'B', 'C', 'CAL']).toContain(f.tier);
      expect(syntheticIndex.size).toBe(syntheticFiles.length);
    });

    it.each(mspdiFiles.map((f) => [f.name, f] as const))(
      `${MSPDI_DIR.split('/').slice(-1)[0]}/%s: reads, with the counts of its .meta.json`,
      (_name, file) => {
        const read = readMspdi(readFileSync(file.path, 'utf8'));
        const s = file.meta?.summary;
        const inactive = read.skipped.filter((k) => k.reason === 'inactive').length;
        if (s?.n_tasks !== undefined) expect(read.input.tasks.length + inactive).toBe(s.n_tasks);
        if (s?.n_null !== undefined) {
          expect(read.skipped.filter((k) => k.reason === 'null').length).toBe(s.n_null);
        }
        if (s?.n_manual !== undefined) {
          expect(read.skipped.filter((k) => k.reason === 'manual').length).toBe(s.n_manual);
        }
        if (s?.n_summary !== undefined) {
          expect([...read.expected.values()].filter((e) => e.summary).length).toBe(s.n_summary);
        }
        if (s?.n_links !== undefined) expect(read.linkCount).toBe(s.n_links);
        if (s?.cals !== undefined) expect(read.input.calendars.length).toBe(s.cals);
        const ids = new Set(read.input.calendars.map((c) => c.id));
        expect(ids.has(read.input.projectCalendarId)).toBe(true);
        for (const t of read.input.tasks) {
          expect(Number.isFinite(t.duration.minutes)).toBe(true);
          if (t.calendarId) expect(ids.has(t.calendarId)).toBe(true);
        }
      },
    );

    it.each(syntheticFiles.map((f) => [f.name, f] as const))(
      `${SYNTHETIC_DIR.split('/').slice(-1)[0]}/%s: reads, with the counts of INDEX.md`,
      (name, file) => {
        const read = readMspdi(readFileSync(file.path, 'utf8'));
        const row = syntheticIndex.get(name);
        expect(row, `${name} is listed in INDEX.md`).toBeDefined();
        expect(read.input.tasks.length).toBe(row!.tasks);
        expect([...read.expected.values()].filter((e) => e.summary).length).toBe(row!.summaries);
        expect(read.linkCount).toBe(row!.links);
        expect(read.skipped).toEqual([]);
        expect(read.diagnostics).toEqual([]);
      },
    );

    it('cal-recurring-exceptions-p2016: the 2007+ recurring definitions expand to exactly the legacy rows', () => {
      const xml = readFileSync(`${MSPDI_DIR}/cal-recurring-exceptions-p2016.xml`, 'utf8');
      const modern = readMspdi(xml).input.calendars;
      const legacy = readMspdi(xml, { exceptionForm: 'legacy' }).input.calendars;
      expect(modern).toHaveLength(1);
      const recurring = modern[0]!.exceptions.filter((e) => e.recurrence || e.occurrences);
      expect(modern[0]!.exceptions).toHaveLength(27);
      expect(recurring.length).toBeGreaterThan(20);
      expect(legacy[0]!.exceptions).toHaveLength(138);
      const days = (exceptions: CalendarException[]): string[] =>
        exceptions
          .flatMap((e) =>
            exceptionDays(e).map(
              (d) => `${d}:${e.intervals.map((iv) => `${iv.from}-${iv.to}`).join(',')}`,
            ),
          )
          .sort();
      // Two definitions may pick the same day (MS Project writes that day once).
      const fromModern = days(modern[0]!.exceptions);
      const fromLegacy = days(legacy[0]!.exceptions);
      expect([...new Set(fromModern)]).toEqual([...new Set(fromLegacy)]);
      expect(new Set(fromModern).size).toBeGreaterThanOrEqual(138);
    });

    it.each(mspdiFiles.map((f) => [f.name, f] as const))(
      'round trip %s: readMspdi(writeMspdi(x)) keeps tasks, links, constraints and calendars',
      (_name, file) => {
        const first = readMspdi(readFileSync(file.path, 'utf8'));
        const result: ScheduleResult = { finish: first.input.start, tasks: [], diagnostics: [] };
        const second = readMspdi(writeMspdi(first.input, result));
        expect(second.input.tasks).toEqual(first.input.tasks);
        expect(second.input.calendars).toEqual(first.input.calendars);
        expect(second.input.projectCalendarId).toBe(first.input.projectCalendarId);
      },
    );

    it.each(syntheticFiles.map((f) => [f.name, f] as const))(
      'round trip synthetic/%s with its dates: writeMspdi keeps every expected date, slack and flag',
      (_name, file) => {
        const first = readMspdi(readFileSync(file.path, 'utf8'));
        const tasks: TaskSchedule[] = [...first.expected.values()].map((e) => ({
          id: e.id,
          uid: e.uid,
          name: e.name,
          summary: e.summary,
          start: e.start!,
          finish: e.finish!,
          earlyStart: e.earlyStart!,
          earlyFinish: e.earlyFinish!,
          lateStart: e.lateStart!,
          lateFinish: e.lateFinish!,
          totalSlackMinutes: e.totalSlack! / 10,
          freeSlackMinutes: e.freeSlack! / 10,
          critical: e.critical!,
          drivingPredecessorIds: [],
        }));
        const finish = Math.max(...tasks.map((t) => t.earlyFinish));
        const second = readMspdi(writeMspdi(first.input, { finish, tasks, diagnostics: [] }));
        expect(second.input).toEqual(first.input);
        expect(second.expected).toEqual(first.expected);
        expect(second.project.finishDate).toBe(first.project.finishDate);
      },
    );
  },
);
