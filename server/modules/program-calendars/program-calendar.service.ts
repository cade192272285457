import type {
  ProgramCalendar,
  ProgramCalendarCreate,
  ProgramCalendarUpdate,
} from '../../../contracts/program-calendar.schema.js';
import type {
  CalendarDefinition,
  WorkingInterval,
} from '../../../engine/calendar/calendar-definition.js';
import { compileCalendars } from '../../../engine/calendar/compile-calendar.js';
import { isValidTimeZone } from '../../../engine/calendar/time-zone.js';
import { parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import { DomainError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  assertInProgram,
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import {
  calendarUsers,
  findProgramCalendar,
  insertProgramCalendar,
  jsonColumns,
  listProgramCalendars,
  PROGRAM_CALENDAR_COLUMNS,
  PROGRAM_CALENDAR_ENTITY,
  toProgramCalendar,
  type ProgramCalendarRow,
} from './program-calendar.repository.js';

type CalendarInput = ProgramCalendarCreate | ProgramCalendarUpdate;

/** Periods within a day: each from before to, in order, not overlapping. */
function checkPeriods(periods: readonly WorkingInterval[], path: string): void {
  periods.forEach((p, i) => {
    if (p.from >= p.to)
      throw ValidationError.field(`${path}[${i}]`, 'invalid', 'must start before it ends');
    if (i > 0 && p.from < periods[i - 1]!.to)
      throw ValidationError.field(
        `${path}[${i}]`,
        'invalid',
        'must start after the period before it ends (periods in order, not overlapping)',
      );
  });
}

/** What the schema cannot say: real dates, ordered periods, a known time zone. */
function checkInput(input: CalendarInput): void {
  if (input.timeZone && !isValidTimeZone(input.timeZone))
    throw ValidationError.field(
      'body.timeZone',
      'unknown_time_zone',
      `"${input.timeZone}" is not an IANA time zone (e.g. Europe/Berlin).`,
    );
  for (const [day, periods] of Object.entries(input.week ?? {}))
    checkPeriods(periods ?? [], `body.week.${day}`);
  input.exceptions?.forEach((e, i) => {
    const from = parseLocalDateTime(e.from);
    const to = parseLocalDateTime(e.to);
    if (from === null)
      throw ValidationError.field(`body.exceptions[${i}].from`, 'invalid', 'is not a real date');
    if (to === null)
      throw ValidationError.field(`body.exceptions[${i}].to`, 'invalid', 'is not a real date');
    if (to < from)
      throw ValidationError.field(`body.exceptions[${i}].to`, 'invalid', 'is before its first day');
    checkPeriods(e.intervals, `body.exceptions[${i}].intervals`);
  });
}

/** The program's calendars, as the engine reads them, must still make working time. */
async function checkCompiles(tx: Queryable, programId: string, calendarId: string): Promise<void> {
  const rows = await listProgramCalendars(tx, programId);
  const definitions: CalendarDefinition[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    baseCalendarId: r.base_calendar_id,
    // The schema holds weekdays to 0–6: the engine's Weekday.
    week: r.week as CalendarDefinition['week'],
    exceptions: r.exceptions as CalendarDefinition['exceptions'],
  }));
  const problem = compileCalendars(definitions).diagnostics.find(
    (d) => d.severity === 'error' && d.calendarId === calendarId,
  );
  if (problem)
    throw ValidationError.field(
      problem.code === 'calendar_cycle' ? 'body.baseCalendarId' : 'body.week',
      problem.code,
      problem.message.replace(/ \([0-9a-f-]{36}\)/g, ''),
    );
}

/**
 * A program's working calendars: its own week and holidays, and calendars some of its
 * items run on. Every write is checked the way the engine will read it, in the same
 * transaction: a calendar with no working time, or based on itself in a loop, is refused.
 */
export function createProgramCalendarService(db: Database) {
  const load = async (tx: Queryable, id: string): Promise<ProgramCalendarRow> => {
    const row = await findProgramCalendar(tx, id);
    if (!row) throw new NotFoundError('Calendar', id);
    return row;
  };
  return {
    async list(programId: string): Promise<ProgramCalendar[]> {
      await assertProgramExists(db, programId);
      return (await listProgramCalendars(db, programId)).map(toProgramCalendar);
    },
    async get(id: string): Promise<ProgramCalendar> {
      return toProgramCalendar(await load(db, id));
    },
    async create(
      ctx: RequestContext,
      programId: string,
      input: ProgramCalendarCreate,
    ): Promise<ProgramCalendar> {
      checkInput(input);
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        await assertInProgram(
          tx,
          'calendar',
          input.baseCalendarId,
          programId,
          'body.baseCalendarId',
        );
        const id = await insertProgramCalendar(tx, programId, input);
        await checkCompiles(tx, programId, id);
        const calendar = await PROGRAM_CALENDAR_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'program_calendar',
          entityId: id,
          action: 'create',
          before: null,
          after: calendar,
        });
        return calendar;
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: ProgramCalendarUpdate,
    ): Promise<ProgramCalendar> {
      checkInput(input);
      const changes = columnChanges(jsonColumns(input), PROGRAM_CALENDAR_COLUMNS);
      return db.transaction(async (tx) => {
        const row = await load(tx, id);
        await assertInProgram(
          tx,
          'calendar',
          input.baseCalendarId,
          row.program_id,
          'body.baseCalendarId',
        );
        const updated = await updateAuditedRow(
          tx,
          ctx,
          PROGRAM_CALENDAR_ENTITY,
          id,
          version,
          changes,
        );
        await checkCompiles(tx, row.program_id, id);
        return updated;
      });
    },
    /** Refused while something runs on it, unless `detach`: then that goes back to the program's calendar. */
    async remove(ctx: RequestContext, id: string, version: number, detach = false): Promise<void> {
      await db.transaction(async (tx) => {
        await load(tx, id);
        const users = await calendarUsers(tx, id);
        const uses = [
          users.program ? 'it is the program’s calendar' : '',
          users.tasks ? `${users.tasks} task(s) run on it` : '',
          users.milestones ? `${users.milestones} milestone(s) run on it` : '',
          users.derived ? `${users.derived} calendar(s) are based on it` : '',
        ].filter(Boolean);
        if (uses.length > 0 && !detach)
          throw new DomainError(
            'in_use',
            `This calendar is in use: ${uses.join('; ')}. Send detach=true to delete it anyway (they go back to the program’s calendar).`,
            [{ path: 'query.detach', code: 'in_use', message: uses.join('; ') }],
          );
        await deleteAuditedRow(tx, ctx, PROGRAM_CALENDAR_ENTITY, id, version);
      });
    },
  };
}
export type ProgramCalendarService = ReturnType<typeof createProgramCalendarService>;
