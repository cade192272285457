import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocalDateTime } from '../../engine/calendar/local-time.js';
import { readMspdi } from '../../interchange/mspdi/index.js';
import { conformanceAvailable, SYNTHETIC_DIR } from '../conformance/corpus.js';
import { repoRoot } from '../support/waymark-process.js';

// The acceptance check: `waymark schedule` on a 5,000-task file prints
// JSON whose dates and slack match the reference scheduler's, task by task.
const FILE = path.join(SYNTHETIC_DIR, 'syn-5000-all-02.xml');

describe.skipIf(!conformanceAvailable)(
  'waymark schedule on a 5,000-task MSPDI file (skipped: ../shared/conformance is absent)',
  () => {
    it('prints JSON matching every expected date to the minute and slack within a minute', () => {
      const run = spawnSync(
        process.execPath,
        [path.join(repoRoot, 'bin', 'waymark.js'), 'schedule', FILE, '--json'],
        {
          cwd: repoRoot,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          timeout: 60_000,
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const printed = JSON.parse(run.stdout) as {
        finish: string;
        tasks: {
          uid: number;
          earlyStart: string;
          earlyFinish: string;
          lateStart: string;
          lateFinish: string;
          totalSlackMinutes: number;
          freeSlackMinutes: number;
        }[];
      };
      const { expected, project } = readMspdi(readFileSync(FILE, 'utf8'));
      expect(printed.finish).toBe(formatLocalDateTime(project.finishDate!));

      let compared = 0;
      const differences: string[] = [];
      for (const task of printed.tasks) {
        const want = expected.get(task.uid);
        if (!want || want.summary) continue;
        compared++;
        const dates = [
          ['earlyStart', task.earlyStart, want.earlyStart],
          ['earlyFinish', task.earlyFinish, want.earlyFinish],
          ['lateStart', task.lateStart, want.lateStart],
          ['lateFinish', task.lateFinish, want.lateFinish],
        ] as const;
        for (const [field, got, wanted] of dates) {
          if (wanted !== null && got !== formatLocalDateTime(wanted))
            differences.push(`${task.uid} ${field} ${got} ≠ ${formatLocalDateTime(wanted)}`);
        }
        if (
          want.totalSlack !== null &&
          Math.abs(task.totalSlackMinutes * 10 - want.totalSlack) > 10
        ) {
          differences.push(
            `${task.uid} totalSlack ${task.totalSlackMinutes} ≠ ${want.totalSlack / 10}`,
          );
        }
      }
      expect(compared).toBeGreaterThan(3000);
      expect(differences.slice(0, 5)).toEqual([]);
    });
  },
);
