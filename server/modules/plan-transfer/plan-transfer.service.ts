import { systemClock, type Clock } from '../../clock/clock.js';
import { buildProgramScheduleInputAt } from '../schedules/schedule-input-at.js';
import type { PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import { schedulePlan, type ScheduleInput } from '../../../engine/scheduling/index.js';
import { writeCsvPlan } from '../../../interchange/csv/index.js';
import { writeMspdi } from '../../../interchange/mspdi/index.js';
import { writePlanFile } from '../../../interchange/plan-file/write-plan-file.js';
import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import { findProgram } from '../programs/program.repository.js';
import { loadScheduleRows } from '../schedules/schedule.repository.js';
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
 * schedules module does (schedule-input.ts), for this program's own items only,
 * with its workstreams as level-1 summary tasks, and writes the file with the
 * schedule the engine computes from it. Import: plan-import.service.ts.
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
