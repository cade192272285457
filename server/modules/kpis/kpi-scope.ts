import type { KpiFigure, KpiItem } from '../../../contracts/kpi.schema.js';
import type { KpiFact, KpiPeriod } from '../../../engine/measures/index.js';
import type { Queryable } from '../../db/database.js';

/**
 * Which programs a KPI reads. `programIds` null: every program (internal callers);
 * `withoutProgram`: also what belongs to no program (requests not yet accepted,
 * surveys of no program), counted only when no program, person or team was chosen.
 */
export interface KpiScope {
  programIds: readonly string[] | null;
  withoutProgram: boolean;
}

/** What a KPI's rows come to: the facts it aggregates, the drill-down and companions. */
export interface KpiEvidence {
  facts: KpiFact[];
  items: KpiItem[];
  figures: KpiFigure[];
  calibration?: { p: number; observed: number | null; count: number }[];
  /** Programs in scope (change requests are counted per program). */
  programCount?: number;
}

export type KpiSource = (db: Queryable, scope: KpiScope, period: KpiPeriod) => Promise<KpiEvidence>;

/**
 * The SQL condition on a `program_id` column for the scope, with the scope's two
 * parameters at $1 and $2 (`scopeParams`).
 */
export function scopeCondition(column: string): string {
  return `(($1::uuid[] IS NULL AND ${column} IS NOT NULL) OR ${column} = ANY($1::uuid[]) OR (${column} IS NULL AND $2::boolean))`;
}

export function scopeParams(scope: KpiScope): [string[] | null, boolean] {
  return [scope.programIds ? [...scope.programIds] : null, scope.withoutProgram];
}

/** How many programs the scope counts (every program when it names none). */
export async function programCount(db: Queryable, scope: KpiScope): Promise<number> {
  if (scope.programIds) return scope.programIds.length;
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM programs')).rows[0]!.n;
}
