import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { insertRisk } from '../forecasts/risk.repository.js';
import type { ImportedPlan } from './plan-mapping.js';

/** Rows per INSERT: one round trip and a few milliseconds of serialising each. */
export const INSERT_BATCH_ROWS = 1_000;

export interface InsertedCounts {
  workstreams: number;
  milestones: number;
  tasks: number;
  dependencies: number;
  risks: number;
}

/** How many rows insertPlan writes in all (its progress runs up to this). */
export function rowsToInsert(plan: ImportedPlan): number {
  return (
    plan.workstreams.length +
    plan.milestones.length +
    plan.tasks.length +
    plan.dependencies.length +
    plan.risks.length
  );
}

function* batches<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += INSERT_BATCH_ROWS)
    yield items.slice(i, i + INSERT_BATCH_ROWS);
}

/**
 * Writes an imported plan into a new program, in the caller's transaction:
 * multi-row inserts from arrays (`unnest`), INSERT_BATCH_ROWS a statement, ids
 * made here so links need no read-back. `onProgress` gets the rows written so far.
 */
export async function insertPlan(
  tx: Queryable,
  programId: string,
  plan: ImportedPlan,
  onProgress: (rowsWritten: number) => void = () => {},
): Promise<InsertedCounts> {
  let written = 0;
  const wrote = (n: number) => onProgress((written += n));
  const ids = new Map<string, { id: string; kind: 'task' | 'milestone' }>();
  const workstreamIds = new Map(plan.workstreams.map((w) => [w.key, randomUUID()]));
  const ws = (key: string | null) => (key === null ? null : (workstreamIds.get(key) ?? null));

  for (const batch of batches(plan.workstreams.map((w, i) => ({ ...w, i })))) {
    await tx.query(
      `INSERT INTO workstreams (id, program_id, name, sort_order)
       SELECT id, $1, name, sort_order FROM unnest($2::uuid[], $3::text[], $4::int[]) AS w(id, name, sort_order)`,
      [
        programId,
        batch.map((w) => workstreamIds.get(w.key)),
        batch.map((w) => w.name),
        batch.map((w) => w.i),
      ],
    );
    wrote(batch.length);
  }
  for (const batch of batches(plan.milestones)) {
    const rowIds = batch.map((m) => {
      const id = randomUUID();
      ids.set(m.key, { id, kind: 'milestone' });
      return id;
    });
    await tx.query(
      `INSERT INTO milestones (id, program_id, workstream_id, name, due_date)
       SELECT id, $1, workstream_id, name, due_date
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::date[]) AS m(id, workstream_id, name, due_date)`,
      [
        programId,
        rowIds,
        batch.map((m) => ws(m.workstreamKey)),
        batch.map((m) => m.name),
        batch.map((m) => m.dueDate),
      ],
    );
    wrote(batch.length);
  }
  for (const batch of batches(plan.tasks)) {
    const rowIds = batch.map((t) => {
      const id = randomUUID();
      ids.set(t.key, { id, kind: 'task' });
      return id;
    });
    await tx.query(
      `INSERT INTO tasks (id, program_id, workstream_id, name, estimate_hours, start_date, constraint_type,
         constraint_date, estimate_optimistic_hours, estimate_pessimistic_hours, fixed_cost, cost_per_hour)
       SELECT id, $1, workstream_id, name, estimate_hours, start_date, constraint_type, constraint_date,
              estimate_optimistic_hours, estimate_pessimistic_hours, fixed_cost, cost_per_hour
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::numeric[], $6::date[], $7::text[],
                     $8::timestamp[], $9::numeric[], $10::numeric[], $11::numeric[], $12::numeric[])
           AS t(id, workstream_id, name, estimate_hours, start_date, constraint_type, constraint_date,
                estimate_optimistic_hours, estimate_pessimistic_hours, fixed_cost, cost_per_hour)`,
      [
        programId,
        rowIds,
        batch.map((t) => ws(t.workstreamKey)),
        batch.map((t) => t.name),
        batch.map((t) => t.estimateHours),
        batch.map((t) => t.startDate),
        batch.map((t) => t.constraintType),
        batch.map((t) => t.constraintDate),
        batch.map((t) => t.estimateOptimisticHours),
        batch.map((t) => t.estimatePessimisticHours),
        batch.map((t) => t.fixedCost),
        batch.map((t) => t.costPerHour),
      ],
    );
    wrote(batch.length);
  }
  for (const batch of batches(plan.dependencies)) {
    const from = batch.map((d) => ids.get(d.predecessorKey)!);
    const to = batch.map((d) => ids.get(d.successorKey)!);
    const only = (list: typeof from, kind: 'task' | 'milestone') =>
      list.map((x) => (x.kind === kind ? x.id : null));
    await tx.query(
      `INSERT INTO dependencies (predecessor_task_id, predecessor_milestone_id, successor_task_id,
         successor_milestone_id, type, lag_minutes)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[])
       ON CONFLICT ON CONSTRAINT dependencies_pair_unique DO NOTHING`,
      [
        only(from, 'task'),
        only(from, 'milestone'),
        only(to, 'task'),
        only(to, 'milestone'),
        batch.map((d) => d.type),
        batch.map((d) => d.lagMinutes),
      ],
    );
    wrote(batch.length);
  }
  // Risks are few (each names its tasks in an array column): one statement each.
  for (const r of plan.risks) {
    await insertRisk(tx, programId, {
      title: r.title,
      probability: r.probability,
      delayHours: r.delayHours,
      cost: r.cost,
      taskIds: r.taskKeys.map((k) => ids.get(k)!.id),
    });
    wrote(1);
  }
  return {
    workstreams: plan.workstreams.length,
    milestones: plan.milestones.length,
    tasks: plan.tasks.length,
    dependencies: plan.dependencies.length,
    risks: plan.risks.length,
  };
}
