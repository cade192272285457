import { systemClock, type Clock } from '../../clock/clock.js';
import { buildProgramScheduleInputAt } from '../schedules/schedule-input-at.js';
import type { PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import type { Program } from '../../../contracts/program.schema.js';
import { parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import { schedulePlan, type ScheduleInput } from '../../../engine/scheduling/index.js';
import { readCsvPlan, writeCsvPlan } from '../../../interchange/csv/index.js';
import { readMspdi, writeMspdi } from '../../../interchange/mspdi/index.js';
import { readPlanFile } from '../../../interchange/plan-file/index.js';
import { writePlanFile } from '../../../interchange/plan-file/write-plan-file.js';
import type { Database } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import { enqueueProgramRollup } from '../../jobs/program-rollup.job.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findProgram, insertProgram, PROGRAM_ENTITY } from '../programs/program.repository.js';
import { loadScheduleRows } from '../schedules/schedule.repository.js';
import { insertRisk } from '../forecasts/risk.repository.js';
import { planFromInput, type ImportedPlan, type PlanForecastInputs } from './plan-mapping.js';
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

function bodyIssue(code: string, message: string) {
  return { path: 'body', code, message };
}

/** The file's text → the engine's input, or every problem found (each names its line when the format has lines). */
/** The plan's schedule input, and from a plan file also its estimates, costs and risks. */
export function readPlan(
  format: PlanFormat,
  text: string,
  today: string,
): { input: ScheduleInput; forecast?: PlanForecastInputs } {
  if (format === 'csv') {
    let r = readCsvPlan(text);
    // A file without Start dates (a hand-made one) starts today.
    if (!r.ok && r.errors.length === 1 && r.errors[0]!.line === 1 && r.errors[0]!.field === 'Start')
      r = readCsvPlan(text, { start: parseLocalDateTime(`${today}T08:00`)! });
    if (!r.ok)
      throw new ValidationError(
        r.errors.map((e) => bodyIssue('invalid_row', `line ${e.line} ${e.field}: ${e.reason}`)),
        'The CSV file has bad rows; nothing was imported.',
      );
    return { input: r.input };
  }
  if (format === 'yaml') {
    const r = readPlanFile(text);
    if (!r.ok)
      throw new ValidationError(
        r.errors.map((e) => bodyIssue('invalid_row', `line ${e.line} ${e.field}: ${e.reason}`)),
        'The plan file has errors; nothing was imported.',
      );
    const { estimates, costs, risks } = r.plan;
    return { input: r.plan.input, forecast: { estimates, costs, risks } };
  }
  try {
    return { input: readMspdi(text).input };
  } catch (error) {
    throw new ValidationError(
      [bodyIssue('invalid_file', `line 1 file: ${(error as Error).message}`)],
      'The MSPDI file cannot be read; nothing was imported.',
    );
  }
}

/**
 * Plan import and export. Export builds the engine input exactly as the
 * schedules module does (schedule-input.ts), for this program's own items only,
 * with its workstreams as level-1 summary tasks, and writes the file with the
 * schedule the engine computes from it. Import: see plan-mapping.ts.
 */
export function createPlanTransferService(db: Database, clock: Clock = systemClock) {
  return {
    async export(programId: string, format: PlanFormat): Promise<ExportedFile> {
      return db.transaction(async (tx) => {
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const program = await findProgram(tx, programId);
        if (!program) throw new NotFoundError('Program', programId);
        const rows = await loadScheduleRows(tx, programId);
        const own = new Set([
          ...rows.tasks.filter((t) => t.program_id === programId).map((t) => t.id),
          ...rows.milestones.filter((m) => m.program_id === programId).map((m) => m.id),
        ]);
        const built = buildProgramScheduleInputAt(
          programId,
          {
            programs: rows.programs.filter((p) => p.id === programId),
            tasks: rows.tasks.filter((t) => own.has(t.id)),
            milestones: rows.milestones.filter((m) => own.has(m.id)),
            dependencies: rows.dependencies.filter(
              (d) => own.has(d.predecessor_id) && own.has(d.successor_id),
            ),
          },
          clock,
        );
        const workstreams = await tx.query<{ id: string; name: string }>(
          'SELECT id, name FROM workstreams WHERE program_id = $1 ORDER BY sort_order, lower(name), id',
          [programId],
        );
        const parents = await tx.query<{ id: string; workstream_id: string }>(
          `SELECT id, workstream_id FROM tasks WHERE program_id = $1 AND workstream_id IS NOT NULL
           UNION ALL
           SELECT id, workstream_id FROM milestones WHERE program_id = $1 AND workstream_id IS NOT NULL`,
          [programId],
        );
        const parentOf = new Map(parents.rows.map((r) => [r.id, r.workstream_id]));
        // Outline order: each workstream (only those with items: an empty one would read
        // back as a milestone) followed by its items, then the items without one.
        const items = built.input.tasks.map((t) => ({
          ...t,
          parentId: parentOf.get(t.id) ?? null,
        }));
        const byWorkstream = new Map<string, typeof items>();
        for (const t of items) {
          if (t.parentId === null) continue;
          const list = byWorkstream.get(t.parentId);
          if (list) list.push(t);
          else byWorkstream.set(t.parentId, [t]);
        }
        const outline: ScheduleInput['tasks'] = [];
        for (const w of workstreams.rows) {
          const children = byWorkstream.get(w.id) ?? [];
          if (children.length === 0) continue;
          outline.push({
            id: w.id,
            name: w.name,
            parentId: null,
            duration: { kind: 'working', minutes: 0 },
            predecessors: [],
          });
          for (const child of children) outline.push(child);
        }
        const listed = new Set(outline.map((t) => t.id));
        for (const t of items) if (!listed.has(t.id)) outline.push({ ...t, parentId: null });
        const input: ScheduleInput = { ...built.input, tasks: outline };
        const result = schedulePlan(input);
        const { extension, contentType } = FILE_TYPES[format];
        const body =
          format === 'csv'
            ? writeCsvPlan(input, result)
            : format === 'mspdi'
              ? writeMspdi(input, result, { name: program.name, title: program.name })
              : writePlanFile(input, {
                  name: program.name,
                  ...(await forecastInputsOfProgram(tx, programId, built)),
                });
        return { filename: `${slug(program.name)}.${extension}`, contentType, body };
      });
    },

    async import(
      ctx: RequestContext,
      format: PlanFormat,
      name: string,
      text: string,
    ): Promise<Program> {
      const read = readPlan(format, text, clock().toISOString().slice(0, 10));
      const mapped = planFromInput(read.input, read.forecast);
      if (!mapped.ok)
        throw new ValidationError(
          mapped.issues,
          'The plan cannot be imported; nothing was written.',
        );
      return db.transaction(async (tx) => {
        const id = await insertProgram(tx, { name, startDate: mapped.plan.startDate });
        const counts = await insertPlan(tx, id, mapped.plan);
        await enqueueProgramRollup(tx, id);
        const program = await PROGRAM_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'program',
          entityId: id,
          action: 'import',
          before: null,
          after: { program, format, ...counts },
        });
        return program;
      });
    },
  };
}
export type PlanTransferService = ReturnType<typeof createPlanTransferService>;

async function insertPlan(
  tx: Parameters<Parameters<Database['transaction']>[0]>[0],
  programId: string,
  plan: ImportedPlan,
) {
  const ids = new Map<string, { id: string; kind: 'task' | 'milestone' }>();
  const workstreamIds = new Map<string, string>();
  for (const [i, w] of plan.workstreams.entries()) {
    const r = await tx.query<{ id: string }>(
      'INSERT INTO workstreams (program_id, name, sort_order) VALUES ($1, $2, $3) RETURNING id',
      [programId, w.name, i],
    );
    workstreamIds.set(w.key, r.rows[0]!.id);
  }
  const ws = (key: string | null) => (key === null ? null : (workstreamIds.get(key) ?? null));
  for (const m of plan.milestones) {
    const r = await tx.query<{ id: string }>(
      'INSERT INTO milestones (program_id, workstream_id, name, due_date) VALUES ($1, $2, $3, $4) RETURNING id',
      [programId, ws(m.workstreamKey), m.name, m.dueDate],
    );
    ids.set(m.key, { id: r.rows[0]!.id, kind: 'milestone' });
  }
  for (const t of plan.tasks) {
    const r = await tx.query<{ id: string }>(
      `INSERT INTO tasks (program_id, workstream_id, name, estimate_hours, start_date, constraint_type,
         constraint_date, estimate_optimistic_hours, estimate_pessimistic_hours, fixed_cost, cost_per_hour)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        programId,
        ws(t.workstreamKey),
        t.name,
        t.estimateHours,
        t.startDate,
        t.constraintType,
        t.constraintDate,
        t.estimateOptimisticHours,
        t.estimatePessimisticHours,
        t.fixedCost,
        t.costPerHour,
      ],
    );
    ids.set(t.key, { id: r.rows[0]!.id, kind: 'task' });
  }
  for (const d of plan.dependencies) {
    const p = ids.get(d.predecessorKey)!;
    const s = ids.get(d.successorKey)!;
    await tx.query(
      `INSERT INTO dependencies (${p.kind === 'task' ? 'predecessor_task_id' : 'predecessor_milestone_id'},
         ${s.kind === 'task' ? 'successor_task_id' : 'successor_milestone_id'}, type, lag_minutes)
       VALUES ($1, $2, $3, $4) ON CONFLICT ON CONSTRAINT dependencies_pair_unique DO NOTHING`,
      [p.id, s.id, d.type, d.lagMinutes],
    );
  }
  for (const r of plan.risks) {
    await insertRisk(tx, programId, {
      title: r.title,
      probability: r.probability,
      delayHours: r.delayHours,
      cost: r.cost,
      taskIds: r.taskKeys.map((k) => ids.get(k)!.id),
    });
  }
  return {
    workstreams: plan.workstreams.length,
    milestones: plan.milestones.length,
    tasks: plan.tasks.length,
    dependencies: plan.dependencies.length,
    risks: plan.risks.length,
  };
}
