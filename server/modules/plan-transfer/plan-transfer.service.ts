import { systemClock, type Clock } from '../../clock/clock.js';
import { buildProgramScheduleInputAt } from '../schedules/schedule-input-at.js';
import type { PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import { schedulePlan, type ScheduleInput } from '../../../engine/scheduling/index.js';
import { writeCsvPlan } from '../../../interchange/csv/index.js';
import {
  writeMspdi,
  type MspdiAssignment,
  type MspdiBaselineRow,
  type MspdiResource,
} from '../../../interchange/mspdi/index.js';
import {
  programCalendarId,
  programResourceId,
  type ProgramScheduleInput,
} from '../schedules/schedule-input.js';
import { parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { ScheduleSnapshot } from '../../../contracts/schedule.schema.js';
import { writePlanFile } from '../../../interchange/plan-file/write-plan-file.js';
import type { Database, Queryable } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import { findProgram } from '../programs/program.repository.js';
import { loadScheduleRows } from '../schedules/schedule.repository.js';
import { exportOutline } from './export-outline.js';
import { forecastInputsOfProgram } from './plan-forecast-inputs.js';

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: string;
}

const FILE_TYPES: Record<PlanFormat, { extension: string; contentType: string }> = {
  mspdi: { extension: 'xml', contentType: 'application/xml; charset=utf-8' },
  yaml: { extension: 'yaml', contentType: 'application/yaml; charset=utf-8' },
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8' },
};

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || 'program'
  );
}

/**
 * Plan import and export. Export builds the engine input exactly as the
 * schedules module does (schedule-input.ts), for this program's own items only
 * (its calendars, summary tasks and UIDs included; workstreams as level-1
 * summaries: export-outline.ts), and writes the file with the schedule the
 * engine computes from it. Import: plan-import.service.ts.
 */
export function createPlanTransferService(db: Database, clock: Clock = systemClock) {
  return {
    async export(
      ctx: RequestContext,
      programId: string,
      format: PlanFormat,
    ): Promise<ExportedFile> {
      return db.transaction(async (tx) => {
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const program = await findProgram(tx, programId);
        if (!program) throw new NotFoundError('Program', programId);
        const rows = await loadScheduleRows(tx, programId);
        const own = new Set([
          ...rows.tasks.filter((t) => t.program_id === programId).map((t) => t.id),
          ...rows.milestones.filter((m) => m.program_id === programId).map((m) => m.id),
        ]);
        const taskRows = rows.tasks.filter((t) => own.has(t.id));
        const built = buildProgramScheduleInputAt(
          programId,
          {
            ...rows,
            programs: rows.programs.filter((p) => p.id === programId),
            tasks: taskRows,
            milestones: rows.milestones.filter((m) => own.has(m.id)),
            dependencies: rows.dependencies.filter(
              (d) => own.has(d.predecessor_id) && own.has(d.successor_id),
            ),
            calendars: (rows.calendars ?? []).filter((c) => c.program_id === programId),
          },
          clock,
        );
        const workstreams = await tx.query<{ id: string; name: string; uid: number | null }>(
          'SELECT id, name, uid FROM workstreams WHERE program_id = $1 ORDER BY sort_order, lower(name), id',
          [programId],
        );
        const placed = await tx.query<{ id: string; workstream_id: string }>(
          `SELECT id, workstream_id FROM tasks WHERE program_id = $1 AND workstream_id IS NOT NULL
           UNION ALL
           SELECT id, workstream_id FROM milestones WHERE program_id = $1 AND workstream_id IS NOT NULL`,
          [programId],
        );
        const outline = exportOutline(
          built.input.tasks,
          workstreams.rows,
          new Map(placed.rows.map((r) => [r.id, r.workstream_id])),
        );
        const input: ScheduleInput = { ...built.input, tasks: outline };
        const result = schedulePlan(input);
        const { extension, contentType } = FILE_TYPES[format];
        const body =
          format === 'csv'
            ? writeCsvPlan(input, result)
            : format === 'mspdi'
              ? writeMspdi(input, result, {
                  name: program.name,
                  title: program.name,
                  baseline: await latestBaselineRows(tx, programId),
                  ...(await resourcesOfProgram(tx, programId, built)),
                })
              : writePlanFile(input, {
                  name: program.name,
                  ...(await forecastInputsOfProgram(tx, programId, built, {
                    withMoney: (await programSight(tx, ctx.actor, [programId])).canSeeMoney(
                      programId,
                    ),
                  })),
                });
        return { filename: `${slug(program.name)}.${extension}`, contentType, body };
      });
    },
  };
}
export type PlanTransferService = ReturnType<typeof createPlanTransferService>;

/**
 * The program's most recent baseline, as MS Project's Baseline 0 (the one MS Project
 * compares against): each item's baseline start, finish and duration.
 */
async function latestBaselineRows(tx: Queryable, programId: string): Promise<MspdiBaselineRow[]> {
  const r = await tx.query<{ schedule: ScheduleSnapshot }>(
    'SELECT schedule FROM baselines WHERE program_id = $1 ORDER BY created_at DESC, id LIMIT 1',
    [programId],
  );
  const items = r.rows[0]?.schedule.items ?? [];
  return items.flatMap((i) => {
    const start = parseLocalDateTime(i.earlyStart);
    const finish = parseLocalDateTime(i.earlyFinish);
    return start === null || finish === null
      ? []
      : [{ taskId: i.id, start, finish, durationMinutes: i.durationMinutes }];
  });
}

/**
 * The program's resources as MSPDI writes them: its resources without an account, and the
 * people assigned to its tasks (a person who came from a file's resource keeps its UID),
 * with every assignment of the schedule's input.
 */
async function resourcesOfProgram(
  tx: Queryable,
  programId: string,
  built: Pick<ProgramScheduleInput, 'assignments' | 'resources'>,
): Promise<{ resources: MspdiResource[]; assignments: MspdiAssignment[] }> {
  const kept = await tx.query<{
    id: string;
    name: string;
    user_id: string | null;
    max_units: number;
    calendar_id: string | null;
    uid: number | null;
  }>(
    'SELECT id, name, user_id, max_units, calendar_id, uid FROM program_resources WHERE program_id = $1 ORDER BY uid NULLS LAST, id',
    [programId],
  );
  const resources = new Map<string, MspdiResource>();
  for (const r of kept.rows) {
    const id = r.user_id ?? programResourceId(r.id);
    resources.set(id, {
      id,
      ...(r.uid !== null ? { uid: r.uid } : {}),
      name: r.name,
      maxUnits: Number(r.max_units),
      calendarId: r.calendar_id ? programCalendarId(r.calendar_id) : null,
    });
  }
  for (const r of built.resources)
    if (!resources.has(r.id))
      resources.set(r.id, {
        id: r.id,
        name: r.name,
        maxUnits: r.capacity,
        calendarId: r.calendarId,
      });
  return {
    resources: [...resources.values()],
    assignments: built.assignments.map((a) => ({
      taskId: a.taskId,
      resourceId: a.resourceId,
      units: a.units,
    })),
  };
}
