import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { schedulePlan } from '../../engine/scheduling/index.js';
import { readMspdi } from '../../interchange/mspdi/index.js';
import { compareSchedule, type CompareReport } from './compare-schedule.js';
import {
  CONFORMANCE_ROOT,
  conformanceAvailable,
  listMspdiFiles,
  listSyntheticFiles,
  type CorpusFile,
} from './corpus.js';

/**
 * Schedules every tier-A MS Project file and every synthetic file with `schedulePlan` and
 * scores it with `compareSchedule`. Each file must match at least its committed floor
 * (`floors.json`, written from a real run): a regression fails; an improvement is printed so
 * the floor can be raised (`UPDATE_CONFORMANCE_FLOORS=1 npx vitest run --project unit
 * tests/conformance/conformance.test.ts` rewrites the file from the current run).
 */

interface Floor {
  matched: number;
  total: number;
}

const FLOORS_PATH = new URL('./floors.json', import.meta.url);
const UPDATE = process.env.UPDATE_CONFORMANCE_FLOORS === '1';
const floors: Record<string, Floor> = existsSync(FLOORS_PATH)
  ? (JSON.parse(readFileSync(FLOORS_PATH, 'utf8')) as Record<string, Floor>)
  : {};

const files: { folder: string; file: CorpusFile }[] = conformanceAvailable
  ? [
      ...listMspdiFiles()
        .filter((f) => f.tier === 'A')
        .map((file) => ({ folder: 'mspdi', file })),
      ...listSyntheticFiles().map((file) => ({ folder: 'synthetic', file })),
    ]
  : [];

const reports = new Map<string, { folder: string; report: CompareReport }>();

function table(): string {
  const byFolder = new Map<
    string,
    { files: number; matched: number; total: number; leaf: number; leafTotal: number }
  >();
  for (const { folder, report } of reports.values()) {
    const row = byFolder.get(folder) ?? { files: 0, matched: 0, total: 0, leaf: 0, leafTotal: 0 };
    row.files++;
    row.matched += report.matched;
    row.total += report.total;
    row.leaf += report.leafMatched;
    row.leafTotal += report.leafTotal;
    byFolder.set(folder, row);
  }
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '100.0');
  const lines = [
    'folder     files  tasks matched/total      %   leaves matched/total      %',
    ...[...byFolder.entries()].map(
      ([folder, r]) =>
        `${folder.padEnd(10)} ${String(r.files).padStart(5)}  ${`${r.matched}/${r.total}`.padStart(19)} ${pct(r.matched, r.total).padStart(6)}  ${`${r.leaf}/${r.leafTotal}`.padStart(20)} ${pct(r.leaf, r.leafTotal).padStart(6)}`,
    ),
  ];
  return lines.join('\n');
}

describe.skipIf(!conformanceAvailable)(
  conformanceAvailable
    ? `schedulePlan against the conformance corpus at ${CONFORMANCE_ROOT}`
    : `SKIPPED: the conformance corpus ${CONFORMANCE_ROOT} is absent, so schedulePlan is not scored against it`,
  () => {
    afterAll(() => {
      if (reports.size === 0) return;
      console.log(`\nConformance (strict: six dates to the minute, leaf slack ±1 min)\n${table()}`);
      const above = [...reports.entries()].filter(
        ([key, { report }]) => floors[key] && report.matched > floors[key]!.matched,
      );
      for (const [key, { report }] of above) {
        console.log(
          `above floor: ${key} ${report.matched} > ${floors[key]!.matched}; raise floors.json`,
        );
      }
      if (UPDATE) {
        const out: Record<string, Floor> = {};
        for (const [key, { report }] of [...reports.entries()].sort(([a], [b]) =>
          a.localeCompare(b),
        )) {
          out[key] = { matched: report.matched, total: report.total };
        }
        writeFileSync(FLOORS_PATH, `${JSON.stringify(out, null, 2)}\n`);
        console.log(`wrote ${reports.size} floors to floors.json`);
      }
    });

    it('finds the tier-A MS Project files and the synthetic files', () => {
      expect(files.filter((f) => f.folder === 'mspdi').length).toBeGreaterThanOrEqual(10);
      expect(files.filter((f) => f.folder === 'synthetic').length).toBeGreaterThanOrEqual(40);
    });

    it.each(files.map(({ folder, file }) => [`${folder}/${file.name}`, folder, file] as const))(
      '%s matches at least its floor',
      (key, folder, file) => {
        const read = readMspdi(readFileSync(file.path, 'utf8'));
        const result = schedulePlan(read.input);
        const report = compareSchedule(read, result, { show: 3 });
        reports.set(key, { folder, report });
        if (report.matched < report.total) {
          console.log(
            `${key}: ${report.matched}/${report.total}\n    ${report.differences.join('\n    ')}`,
          );
        }
        if (UPDATE) return;
        const floor = floors[key];
        expect(
          floor,
          `no floor for ${key} in floors.json; rerun with UPDATE_CONFORMANCE_FLOORS=1`,
        ).toBeDefined();
        expect(report.total, `${key}: the number of scored tasks changed`).toBe(floor!.total);
        expect(
          report.matched,
          `${key}: fewer tasks match than the committed floor`,
        ).toBeGreaterThanOrEqual(floor!.matched);
      },
      120_000,
    );
  },
);
