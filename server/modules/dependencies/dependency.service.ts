import type {
  Dependency,
  DependencyCreate,
  DependencyCycleDetails,
  DependencyListQuery,
  DependencyUpdate,
  PlanItemRef,
} from '../../../contracts/dependency.schema.js';
import type { Issue } from '../../../contracts/common.schema.js';
import { findCycle } from '../../../engine/dependency-graph/find-cycle.js';
import type { Database, Queryable } from '../../db/database.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { columnChanges } from '../../db/versioned-row.js';
import { DomainError, NotFoundError, ValidationError } from '../../domain-errors.js';
import { programSight } from '../access/program-sight.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  DEPENDENCY_COLUMNS,
  DEPENDENCY_ENTITY,
  findDependency,
  findPlanItems,
  insertDependency,
  listDependencies,
  loadDependencyEdges,
  lockDependencyGraph,
  toDependency,
} from './dependency.repository.js';

async function resolveEnds(
  tx: Queryable,
  input: DependencyCreate,
): Promise<{ predecessor: PlanItemRef; successor: PlanItemRef }> {
  const items = await findPlanItems(tx, [input.predecessorId, input.successorId], { lock: true });
  const predecessor = items.get(input.predecessorId);
  const successor = items.get(input.successorId);
  const issues: Issue[] = [];
  if (!predecessor)
    issues.push({
      path: 'body.predecessorId',
      code: 'not_found',
      message: `no task or milestone ${input.predecessorId}`,
    });
  if (!successor)
    issues.push({
      path: 'body.successorId',
      code: 'not_found',
      message: `no task or milestone ${input.successorId}`,
    });
  if (!predecessor || !successor)
    throw new ValidationError(issues, issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  if (predecessor.id === successor.id)
    throw ValidationError.field('body.successorId', 'self_link', 'an item cannot depend on itself');
  return { predecessor, successor };
}

class DependencyCycleError extends DomainError {
  constructor(cycle: PlanItemRef[]) {
    const message = `This dependency would close a cycle: ${cycle.map((item) => item.name).join(' → ')}. Remove one of its links first.`;
    const details: DependencyCycleDetails = { cycle };
    super(
      'dependency_cycle',
      message,
      [{ path: 'body.successorId', code: 'dependency_cycle', message }],
      details,
    );
  }
}

/**
 * A lag is one of three kinds; a percent lag needs its percentage and the others none.
 * lagPercent alone means a percent lag; another kind clears the percentage.
 */
function lagOf(
  input: DependencyCreate | DependencyUpdate,
  creating = false,
): Pick<DependencyUpdate, 'lagKind' | 'lagPercent'> {
  const { lagKind, lagPercent } = input;
  // An update may make a stored percentage a percent lag again; the row's check has the last word.
  if (lagKind === 'percent' && (lagPercent === null || (creating && lagPercent === undefined)))
    throw ValidationError.field('body.lagPercent', 'required', 'is required with lagKind percent');
  if (
    lagKind !== undefined &&
    lagKind !== 'percent' &&
    lagPercent !== undefined &&
    lagPercent !== null
  )
    throw ValidationError.field('body.lagPercent', 'invalid', 'goes only with lagKind percent');
  if (lagKind === undefined && lagPercent !== undefined && lagPercent !== null)
    return { lagKind: 'percent', lagPercent };
  if (lagKind !== undefined && lagKind !== 'percent') return { lagKind, lagPercent: null };
  return lagKind === undefined ? {} : { lagKind, lagPercent };
}

export function createDependencyService(db: Database) {
  return {
    /** Only links whose both ends lie in programs the caller may see: each end names its program. */
    async list(ctx: RequestContext, query: DependencyListQuery): Promise<Dependency[]> {
      const rows = await listDependencies(db, query);
      const sight = await programSight(
        db,
        ctx.actor,
        rows.flatMap((d) => [d.predecessor_program_id, d.successor_program_id]),
      );
      return rows
        .filter(
          (d) => sight.canRead(d.predecessor_program_id) && sight.canRead(d.successor_program_id),
        )
        .map(toDependency);
    },
    async get(ctx: RequestContext, id: string): Promise<Dependency> {
      const row = await findDependency(db, id);
      if (!row) throw new NotFoundError('Dependency', id);
      // Its predecessor may lie in a program the caller may not see: then so may the link.
      const sight = await programSight(db, ctx.actor, [row.predecessor_program_id]);
      if (!sight.canRead(row.predecessor_program_id)) throw new NotFoundError('Dependency', id);
      return toDependency(row);
    },
    /**
     * Refuses a link that would close a cycle (anywhere, across programs too) and
     * writes nothing; the error lists the cycle's items in order.
     */
    async create(ctx: RequestContext, input: DependencyCreate): Promise<Dependency> {
      return db.transaction(async (tx) => {
        // First, before any row lock: the graph checked is then the graph written to, and
        // no insert can hold an item's lock while queueing for this one (no deadlock with deletes).
        await lockDependencyGraph(tx);
        const ends = await resolveEnds(tx, input);
        const cycle = findCycle(await loadDependencyEdges(tx), {
          predecessorId: ends.predecessor.id,
          successorId: ends.successor.id,
        });
        if (cycle) {
          const items = await findPlanItems(tx, cycle);
          throw new DependencyCycleError(cycle.map((id) => items.get(id)!));
        }
        const lag = lagOf(input, true);
        const id = await insertDependency(tx, {
          ...ends,
          type: input.type ?? 'FS',
          lagMinutes: input.lagMinutes ?? 0,
          lagKind: lag.lagKind ?? 'working',
          lagPercent: lag.lagPercent ?? null,
        });
        const dependency = await DEPENDENCY_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'dependency',
          entityId: id,
          action: 'create',
          before: null,
          after: dependency,
        });
        return dependency;
      });
    },
    /** Only the type and lag change; the ends are fixed, so no cycle can appear here. */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: DependencyUpdate,
    ): Promise<Dependency> {
      const changes = columnChanges({ ...input, ...lagOf(input) }, DEPENDENCY_COLUMNS);
      return db.transaction((tx) =>
        updateAuditedRow(tx, ctx, DEPENDENCY_ENTITY, id, version, changes),
      );
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, DEPENDENCY_ENTITY, id, version));
    },
  };
}
export type DependencyService = ReturnType<typeof createDependencyService>;
