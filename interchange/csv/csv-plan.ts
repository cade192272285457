/**
 * A plan as CSV: one task a row, the columns MS Project and spreadsheets know.
 *
 *   Column            Aliases (case and `_` ignored)     Content
 *   ID                Task ID                            the row number, as MS Project writes it (1 = the first
 *                                                        task); predecessors refer to it. Optional column:
 *                                                        without it, the row number. Other ids (`design`) are
 *                                                        read too, and predecessors then use them.
 *   WBS               WBS Code, Outline Number           1, 1.1, 1.1.2: the parent of 1.1.2 is the row with 1.1
 *   Name              Task Name                          required
 *   Duration          —                                  required: 5d, 3h, 2w, 1mo, 30m, elapsed 4ed, 2eh;
 *                                                        0d is a milestone. MS Project's words too: `5 days`,
 *                                                        `3 hrs`, `2 wks`, `4 edays`, `1 mon` (a trailing `?` is ignored).
 *                                                        May be empty on a summary row (it is rolled up).
 *   Predecessors      —                                  rows by ID in MS Project's notation: `3`, `3FS+2d`,
 *                                                        `5SS-1d`, `7FF`, `2SF+50%`, `4FS+3 days`, lags in
 *                                                        m, h, d, w, mo (e = elapsed) or %; several separated
 *                                                        by `,` or `;` (quote the field)
 *   Start             Start Date                         read and kept in `rows` (the schedule is recomputed);
 *   Finish            Finish Date, End, End Date         written from a ScheduleResult
 *   Constraint Type   —                                  ASAP, ALAP, MSO, MFO, SNET, SNLT, FNET, FNLT or MS Project's
 *                                                        names (`Start No Earlier Than`, …); empty = none
 *   Constraint Date   —                                  required for all but ASAP and ALAP; `NA` = none
 *   Milestone         —                                  Yes/No, True/False, 1/0; empty = a 0-duration task is one
 *   Deadline          —                                  optional
 *   Unique ID         UID                                MS Project's UID, a whole number from 1, unique in the
 *                                                        file; without it, the row's position
 *
 * Other columns (Resource Names, …) are ignored. Dates are ISO: `2027-01-08`,
 * `2027-01-08T08:00` or `2027-01-08 08:00`; a date alone means 08:00 for a start-type date
 * and 17:00 for a finish-type one (MS Project's default start and finish times).
 * The delimiter is `,`, or `;` / tab when the header line uses those.
 *
 * ID, Name and Predecessors cells that a spreadsheet would take for a formula (starting
 * with =, +, -, @, tab or CR) are written with a `'` in front, which reading takes off
 * again (formula-neutralisation.ts).
 *
 * Reading is all or nothing: every bad row is reported by line and field, and then
 * no plan is returned. Writing: write-csv-plan.ts.
 */
import { standardCalendar } from '../../engine/calendar/calendar-definition.js';
import { parseLocalDateTime, type LocalMinutes } from '../../engine/calendar/local-time.js';
import type {
  ConstraintType,
  Lag,
  LinkType,
  ScheduleInput,
  ScheduleLink,
  ScheduleTask,
  TimeSpan,
} from '../../engine/scheduling/schedule-input.js';
import {
  DEFAULT_DURATION_SETTINGS,
  parseDuration,
  parseLag,
  type DurationSettings,
} from '../plan-file/duration.js';
import { outlineOrderSteps, STANDARD_CALENDAR_ID } from '../plan-file/read-plan-file.js';
import { ROWS_PER_STEP, runSteps, type Steps } from '../stepwise.js';
import { restoreNeutralisedFormula } from './formula-neutralisation.js';
import { guessDelimiter, parseCsvSteps } from './rfc4180.js';

export type CsvColumn =
  | 'ID'
  | 'WBS'
  | 'Name'
  | 'Duration'
  | 'Predecessors'
  | 'Start'
  | 'Finish'
  | 'Constraint Type'
  | 'Constraint Date'
  | 'Milestone'
  | 'Deadline'
  | 'Unique ID';

/** Columns holding text a user typed: neutralised against formulas on the way out (formula-neutralisation.ts). */
const TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set(['ID', 'Name', 'Predecessors']);

/** The columns written, in order. */
export const CSV_PLAN_COLUMNS: readonly CsvColumn[] = [
  'ID',
  'WBS',
  'Name',
  'Duration',
  'Predecessors',
  'Start',
  'Finish',
  'Constraint Type',
  'Constraint Date',
  'Milestone',
  'Deadline',
  'Unique ID',
];

/** Header names accepted for each column, preferred first (after lower-casing and `_` → space). */
const COLUMN_ALIASES: Record<CsvColumn, readonly string[]> = {
  ID: ['id', 'task id'],
  WBS: ['wbs', 'wbs code', 'outline number'],
  Name: ['name', 'task name'],
  Duration: ['duration'],
  Predecessors: ['predecessors'],
  Start: ['start', 'start date'],
  Finish: ['finish', 'finish date', 'end', 'end date'],
  'Constraint Type': ['constraint type'],
  'Constraint Date': ['constraint date'],
  Milestone: ['milestone'],
  Deadline: ['deadline'],
  'Unique ID': ['unique id', 'uid'],
};

export interface CsvPlanError {
  /** 1-based line of the row (the header is line 1). */
  line: number;
  /** The column (as named in this file's header), or `csv` for the file's syntax. */
  field: string;
  reason: string;
}

/** What each task's row said, beyond the schedule input. */
export interface CsvPlanRow {
  line: number;
  id: string;
  wbs?: string;
  start?: LocalMinutes;
  finish?: LocalMinutes;
}

export type ReadCsvPlanResult =
  | { ok: true; input: ScheduleInput; rows: CsvPlanRow[] }
  | { ok: false; errors: CsvPlanError[]; tooManyRows?: { rows: number; max: number } };

export interface ReadCsvPlanOptions {
  /** The project start; default: the earliest Start in the file. */
  start?: LocalMinutes;
  /** Refuse a file with more task rows than this before reading them (a file names its row count in the error). */
  maxRows?: number;
  settings?: DurationSettings;
}

const CONSTRAINT_NAMES: Record<ConstraintType, string> = {
  ASAP: 'as soon as possible',
  ALAP: 'as late as possible',
  MSO: 'must start on',
  MFO: 'must finish on',
  SNET: 'start no earlier than',
  SNLT: 'start no later than',
  FNET: 'finish no earlier than',
  FNLT: 'finish no later than',
};
const CONSTRAINT_TYPES = Object.keys(CONSTRAINT_NAMES) as ConstraintType[];
const START_KINDS: ReadonlySet<ConstraintType> = new Set(['SNET', 'SNLT', 'MSO']);
const DEFAULT_START_TIME = 8 * 60;
const DEFAULT_FINISH_TIME = 17 * 60;

/** MS Project's duration words → the plan file's units. */
const UNIT_WORDS: Record<string, string> = {};
for (const [unit, words] of Object.entries({
  m: ['m', 'min', 'mins', 'minute', 'minutes'],
  h: ['h', 'hr', 'hrs', 'hour', 'hours'],
  d: ['d', 'day', 'days', 'dy', 'dys'],
  w: ['w', 'wk', 'wks', 'week', 'weeks'],
  mo: ['mo', 'mon', 'mons', 'month', 'months'],
})) {
  for (const word of words) {
    UNIT_WORDS[word] = unit;
    UNIT_WORDS[`e${word}`] = `e${unit}`;
  }
}

/** `5 days` → `5d`, `+2 edays` → `+2ed`; anything else is returned as it is. */
function normaliseDurationText(text: string): string {
  const m = /^([+-]?)\s*(\d+(?:\.\d+)?)\s*([a-z]+)\??$/i.exec(text.trim());
  if (!m) return text.trim().replace(/\s+/g, '');
  const unit = UNIT_WORDS[m[3]!.toLowerCase()];
  return unit === undefined ? text.trim() : `${m[1]}${m[2]}${unit}`;
}

function readDuration(text: string, settings: DurationSettings): TimeSpan | null {
  return parseDuration(normaliseDurationText(text), settings);
}

function readLag(text: string, settings: DurationSettings): Lag | null {
  return parseLag(normaliseDurationText(text), settings);
}

function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ');
}

/** `2027-01-08`, `2027-01-08T08:00`, `2027-01-08 08:00[:00]`; a date alone gets `timeOfDay`. */
function readDate(text: string, timeOfDay: number): LocalMinutes | null {
  const iso = text.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T');
  if (/T24:/.test(iso)) return null;
  const t = parseLocalDateTime(iso);
  if (t === null) return null;
  return iso.includes('T') ? t : t + timeOfDay;
}

function readYesNo(text: string): boolean | null {
  const v = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(v)) return true;
  if (['no', 'n', 'false', '0'].includes(v)) return false;
  return null;
}

function readConstraintType(text: string): ConstraintType | null {
  const v = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return CONSTRAINT_TYPES.find((t) => t.toLowerCase() === v || CONSTRAINT_NAMES[t] === v) ?? null;
}

const LINK_RE = /^(.*?)\s*(FS|SS|FF|SF)\s*(?:([+-])\s*(.+))?$/i;
const LINK_TAIL_RE = /^\s*(FS|SS|FF|SF)\s*(?:([+-])\s*(.+))?$/i;

const LINK_TYPE_AT = /\s*(?:FS|SS|FF|SF)/iy;
const longestIds = new WeakMap<ReadonlySet<string>, number>();
function maxIdLength(ids: ReadonlySet<string>): number {
  let longest = longestIds.get(ids);
  if (longest === undefined) {
    longest = 0;
    for (const id of ids) longest = Math.max(longest, id.length);
    longestIds.set(ids, longest);
  }
  return longest;
}

type PredecessorToken = { id: string; type: LinkType; lagText?: string };

function tokenParts(
  id: string,
  type: string,
  sign: string | undefined,
  lag: string | undefined,
): PredecessorToken {
  return {
    id,
    type: type.toUpperCase() as LinkType,
    ...(sign === undefined ? {} : { lagText: `${sign}${lag!}` }),
  };
}

/**
 * `3FS+2d` → {id: '3', type: 'FS', lagText: '+2d'}; an id alone is an FS link.
 * Ids may themselves end in `FS` or hold `-`, so the longest known id the rest
 * of the token can follow wins; only then is the token split by its shape.
 */
function readPredecessorToken(
  token: string,
  knownIds: ReadonlySet<string>,
  settings: DurationSettings,
): PredecessorToken | null {
  if (knownIds.has(token)) return { id: token, type: 'FS' };
  // Only where a link type follows, and no further than the longest id: a long
  // token (a hostile cell) is then not sliced at every position.
  for (let k = Math.min(token.length - 1, maxIdLength(knownIds) + 1); k > 0; k--) {
    LINK_TYPE_AT.lastIndex = k;
    if (!LINK_TYPE_AT.test(token)) continue;
    const id = token.slice(0, k).trimEnd();
    if (!knownIds.has(id)) continue;
    const m = LINK_TAIL_RE.exec(token.slice(k));
    if (!m) continue;
    const parts = tokenParts(id, m[1]!, m[2], m[3]);
    if (parts.lagText === undefined || readLag(parts.lagText, settings) !== null) return parts;
  }
  const m = LINK_RE.exec(token);
  // No link type and no lag: an id (known or not).
  if (!m) return /^[^+\s]+$/.test(token) ? { id: token, type: 'FS' } : null;
  if (m[1] === '') return null;
  return tokenParts(m[1]!, m[2]!, m[3], m[4]);
}

interface ParsedRow {
  line: number;
  id: string;
  wbs?: string;
  name: string;
  duration: TimeSpan | null;
  durationEmpty: boolean;
  predecessorsText: string;
  constraint?: ScheduleTask['constraint'];
  milestone: boolean | null;
  deadline?: LocalMinutes;
  start?: LocalMinutes;
  finish?: LocalMinutes;
  uid?: number;
}

/** Reads a CSV plan; every problem comes back with its line and column, none is thrown. */
export function readCsvPlan(text: string, options: ReadCsvPlanOptions = {}): ReadCsvPlanResult {
  return runSteps(readCsvPlanSteps(text, options));
}

/**
 * {@link readCsvPlan} in steps: yields every {@link ROWS_PER_STEP} rows (the
 * count grows through syntax, rows and links: 3 × the rows in all).
 */
export function* readCsvPlanSteps(
  text: string,
  options: ReadCsvPlanOptions = {},
): Steps<ReadCsvPlanResult> {
  const settings = options.settings ?? DEFAULT_DURATION_SETTINGS;
  const parsed = yield* parseCsvSteps(text, guessDelimiter(text));
  if (!parsed.ok) {
    return {
      ok: false,
      errors: parsed.errors.map((e) => ({ line: e.line, field: 'csv', reason: e.reason })),
    };
  }
  const [header, ...records] = parsed.records;
  if (!header)
    return { ok: false, errors: [{ line: 1, field: 'csv', reason: 'the file is empty' }] };

  if (options.maxRows !== undefined) {
    let rows = 0;
    for (const [i, record] of records.entries()) {
      if (i % ROWS_PER_STEP === 0) yield i;
      if (record.fields.some((f) => f.trim() !== '')) rows++;
    }
    if (rows > options.maxRows) {
      const [n, max] = [rows, options.maxRows].map((v) => v.toLocaleString('en-US'));
      return {
        ok: false,
        errors: [
          {
            line: header.line,
            field: 'csv',
            reason: `the file has ${n} rows; at most ${max} can be imported`,
          },
        ],
        tooManyRows: { rows, max: options.maxRows },
      };
    }
  }

  const errors: CsvPlanError[] = [];
  // Which header cell holds each column.
  const normalised = header.fields.map(normaliseHeader);
  normalised.forEach((name, i) => {
    if (name !== '' && normalised.indexOf(name) !== i)
      errors.push({
        line: header.line,
        field: header.fields[i]!.trim(),
        reason: 'duplicate column',
      });
  });
  const columnIndex = new Map<CsvColumn, number>();
  const columnName = new Map<CsvColumn, string>();
  for (const column of CSV_PLAN_COLUMNS) {
    for (const alias of COLUMN_ALIASES[column]) {
      const i = normalised.indexOf(alias);
      if (i >= 0) {
        columnIndex.set(column, i);
        columnName.set(column, header.fields[i]!.trim());
        break;
      }
    }
  }
  for (const required of ['Name', 'Duration'] as const) {
    if (!columnIndex.has(required))
      errors.push({ line: header.line, field: required, reason: 'required column is missing' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const rows: ParsedRow[] = [];

  const seenUids = new Map<number, number>();
  let rowNumber = 0;
  const total = records.length;
  for (const [r, record] of records.entries()) {
    if (r % ROWS_PER_STEP === 0) yield total + r;
    if (record.fields.every((f) => f.trim() === '')) continue; // blank line
    rowNumber++;
    const line = record.line;
    const cell = (column: CsvColumn): string => {
      const i = columnIndex.get(column);
      if (i === undefined) return '';
      const raw = record.fields[i] ?? '';
      return (TEXT_COLUMNS.has(column) ? restoreNeutralisedFormula(raw) : raw).trim();
    };
    const report = (column: CsvColumn | 'csv', reason: string) =>
      errors.push({
        line,
        field: column === 'csv' ? 'csv' : (columnName.get(column) ?? column),
        reason,
      });
    if (record.fields.slice(header.fields.length).some((f) => f.trim() !== ''))
      report('csv', `${record.fields.length} fields, but the header has ${header.fields.length}`);

    const id = columnIndex.has('ID') ? cell('ID') : String(rowNumber);
    if (id === '') report('ID', 'required');
    else if (/[,;]/.test(id))
      report('ID', 'must not contain "," or ";" (predecessor lists use them)');

    const wbsText = cell('WBS');
    const wbs = wbsText === '' ? undefined : wbsText;
    if (wbs !== undefined && !/^[^.\s]+(\.[^.\s]+)*$/.test(wbs))
      report('WBS', `"${wbs}" is not an outline code (1, 1.1, 1.1.2)`);

    const name = cell('Name');
    if (name === '') report('Name', 'required');

    const durationText = cell('Duration');
    const duration = durationText === '' ? null : readDuration(durationText, settings);
    if (durationText !== '' && duration === null)
      report('Duration', `"${durationText}" is not a duration (5d, 3h, 2w, 4ed, 0d)`);

    const milestoneText = cell('Milestone');
    const milestone = milestoneText === '' ? null : readYesNo(milestoneText);
    if (milestoneText !== '' && milestone === null)
      report('Milestone', `"${milestoneText}" is not Yes or No`);

    const typeText = cell('Constraint Type');
    const dateText = cell('Constraint Date');
    const hasDate = dateText !== '' && dateText.toUpperCase() !== 'NA';
    let constraint: ScheduleTask['constraint'];
    if (typeText !== '') {
      const type = readConstraintType(typeText);
      if (type === null) {
        report(
          'Constraint Type',
          `"${typeText}" is not a constraint (${CONSTRAINT_TYPES.join(', ')})`,
        );
      } else if (type === 'ASAP' || type === 'ALAP') {
        if (hasDate) report('Constraint Date', `not used with ${type}`);
        constraint = { type };
      } else if (!hasDate) {
        report('Constraint Date', `required for ${type}`);
      } else {
        const date = readDate(
          dateText,
          START_KINDS.has(type) ? DEFAULT_START_TIME : DEFAULT_FINISH_TIME,
        );
        if (date === null) report('Constraint Date', notADate(dateText));
        else constraint = { type, date };
      }
    } else if (hasDate) {
      report('Constraint Type', 'required when a Constraint Date is given');
    }

    const dateCell = (column: 'Start' | 'Finish' | 'Deadline', timeOfDay: number) => {
      const t = cell(column);
      if (t === '' || t.toUpperCase() === 'NA') return undefined;
      const value = readDate(t, timeOfDay);
      if (value === null) report(column, notADate(t));
      return value ?? undefined;
    };
    const start = dateCell('Start', DEFAULT_START_TIME);
    const finish = dateCell('Finish', DEFAULT_FINISH_TIME);
    const deadline = dateCell('Deadline', DEFAULT_FINISH_TIME);
    const uidText = cell('Unique ID');
    const uid = uidText === '' ? undefined : Number(uidText);
    if (uid !== undefined && !(Number.isSafeInteger(uid) && uid >= 1 && /^\d+$/.test(uidText)))
      report('Unique ID', `"${uidText}" is not a whole number from 1`);
    else if (uid !== undefined && seenUids.has(uid))
      report('Unique ID', `${uid} is already the Unique ID of line ${seenUids.get(uid)}`);
    else if (uid !== undefined) seenUids.set(uid, line);

    rows.push({
      line,
      id,
      ...(wbs === undefined ? {} : { wbs }),
      name,
      duration,
      durationEmpty: durationText === '',
      predecessorsText: cell('Predecessors'),
      ...(constraint === undefined ? {} : { constraint }),
      milestone,
      ...(deadline === undefined ? {} : { deadline }),
      ...(start === undefined ? {} : { start }),
      ...(finish === undefined ? {} : { finish }),
      ...(uid === undefined ? {} : { uid }),
    });
  }

  // Across rows: ids, outline, predecessors.
  const byId = new Map<string, ParsedRow>();
  const byWbs = new Map<string, ParsedRow>();
  const field = (column: CsvColumn) => columnName.get(column) ?? column;
  for (const [i, row] of rows.entries()) {
    if (i % ROWS_PER_STEP === 0) yield 2 * total;
    if (row.id === '') continue;
    const earlier = byId.get(row.id);
    if (earlier)
      errors.push({
        line: row.line,
        field: field('ID'),
        reason: `duplicate id "${row.id}" (also line ${earlier.line})`,
      });
    else byId.set(row.id, row);
    if (row.wbs !== undefined) {
      const other = byWbs.get(row.wbs);
      if (other)
        errors.push({
          line: row.line,
          field: field('WBS'),
          reason: `duplicate WBS "${row.wbs}" (also line ${other.line})`,
        });
      else byWbs.set(row.wbs, row);
    }
  }
  yield 2 * total;
  const parentOf = new Map<ParsedRow, ParsedRow>();
  for (const [i, row] of rows.entries()) {
    if (i % ROWS_PER_STEP === 0) yield 2 * total;
    if (row.wbs === undefined || !row.wbs.includes('.')) continue;
    const parentWbs = row.wbs.slice(0, row.wbs.lastIndexOf('.'));
    const parent = byWbs.get(parentWbs);
    if (!parent)
      errors.push({
        line: row.line,
        field: field('WBS'),
        reason: `no row has the parent WBS "${parentWbs}"`,
      });
    else parentOf.set(row, parent);
  }
  const parents = new Set(parentOf.values());
  yield 2 * total;

  const knownIds = new Set(byId.keys());
  const tasks: ScheduleTask[] = [];
  let earliestStart: LocalMinutes | undefined;
  for (const [i, row] of rows.entries()) {
    if (i % ROWS_PER_STEP === 0) yield 2 * total + i;
    const report = (column: CsvColumn, reason: string) =>
      errors.push({ line: row.line, field: field(column), reason });
    if (row.durationEmpty && !parents.has(row)) report('Duration', 'required');
    const predecessors: ScheduleLink[] = [];
    const tokens = row.predecessorsText.split(/[,;]/).map((t) => t.trim());
    if (row.predecessorsText !== '') {
      for (const token of tokens) {
        if (token === '') {
          report('Predecessors', 'an empty entry in the list');
          continue;
        }
        const link = readPredecessorToken(token, knownIds, settings);
        if (!link) {
          report('Predecessors', `"${token}" is not a predecessor (3, 3FS+2d, 5SS-1d, 2SF+50%)`);
          continue;
        }
        if (!knownIds.has(link.id)) {
          report('Predecessors', unknownRow(token, link.id, columnName.get('ID')));
          continue;
        }
        if (link.id === row.id) {
          report('Predecessors', `"${token}": a task cannot depend on itself`);
          continue;
        }
        let lag: Lag = { kind: 'working', minutes: 0 };
        if (link.lagText !== undefined) {
          const parsedLag = readLag(link.lagText, settings);
          if (parsedLag === null) {
            report('Predecessors', `"${token}": "${link.lagText}" is not a lag (+2d, -1d, +50%)`);
            continue;
          }
          lag = parsedLag;
        }
        predecessors.push({ predecessorId: link.id, type: link.type, lag });
      }
    }
    if (row.start !== undefined && (earliestStart === undefined || row.start < earliestStart))
      earliestStart = row.start;
    const duration = row.duration ?? { kind: 'working', minutes: 0 };
    // A 0-duration task is a milestone unless it says otherwise; a summary never is by default.
    const milestone = row.milestone ?? (!parents.has(row) && duration.minutes === 0);
    const parent = parentOf.get(row);
    tasks.push({
      id: row.id,
      name: row.name,
      uid: row.uid ?? i + 1,
      parentId: parent ? parent.id : null,
      duration,
      ...(milestone ? { milestone: true } : {}),
      ...(row.constraint === undefined ? {} : { constraint: row.constraint }),
      ...(row.deadline === undefined ? {} : { deadline: row.deadline }),
      predecessors,
    });
  }

  const start = options.start ?? earliestStart;
  if (start === undefined && errors.length === 0)
    errors.push({
      line: header.line,
      field: field('Start'),
      reason: 'no row has a Start, so the project has no start date',
    });
  if (errors.length > 0 || start === undefined) {
    // By line, then in the header's column order.
    const order = (f: string) => (f === 'csv' ? -1 : normalised.indexOf(normaliseHeader(f)));
    errors.sort((a, b) => a.line - b.line || order(a.field) - order(b.field));
    return { ok: false, errors };
  }
  yield 3 * total;
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const outline = outlineOrderSteps(tasks);
  let step = outline.next();
  while (!step.done) {
    yield 3 * total;
    step = outline.next();
  }
  const ordered = step.value;
  yield 3 * total;
  return {
    ok: true,
    input: {
      start,
      projectCalendarId: STANDARD_CALENDAR_ID,
      calendars: [standardCalendar(STANDARD_CALENDAR_ID, 'Standard')],
      tasks: ordered,
    },
    rows: ordered.map((t) => {
      const r = rowById.get(t.id)!;
      return {
        line: r.line,
        id: r.id,
        ...(r.wbs === undefined ? {} : { wbs: r.wbs }),
        ...(r.start === undefined ? {} : { start: r.start }),
        ...(r.finish === undefined ? {} : { finish: r.finish }),
      };
    }),
  };
}

/** A predecessor naming no row: says what the numbers mean, so the fix is clear. */
function unknownRow(token: string, id: string, idColumn: string | undefined): string {
  return idColumn === undefined
    ? `"${token}": there is no row ${id} (without an ID column, predecessors are row numbers: 1 is the first task)`
    : `"${token}": no row has ${idColumn} ${id}`;
}

function notADate(text: string): string {
  return `"${text}" is not a date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM)`;
}
