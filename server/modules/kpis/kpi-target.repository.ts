import type { KpiId, KpiTarget, KpiTargetUpdate } from '../../../contracts/kpi.schema.js';
import { KPI_CATALOGUE } from '../../../engine/measures/index.js';
import type { Queryable } from '../../db/database.js';
import { ValidationError, VersionConflictError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';

interface TargetRow {
  kpi_id: string;
  target: number;
  green: number;
  amber: number;
  version: number;
  updated_at: Date;
}

/** The default target reads as version 1; the first change stores a row at version 2. */
const DEFAULT_VERSION = 1;

function defaultTarget(id: KpiId): KpiTarget {
  return { ...KPI_CATALOGUE[id].defaults, version: DEFAULT_VERSION, updatedAt: null };
}

function toTarget(row: TargetRow): KpiTarget {
  return {
    target: row.target,
    green: row.green,
    amber: row.amber,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Every KPI's target: the stored row, else the default. */
export async function readTargets(db: Queryable): Promise<Map<KpiId, KpiTarget>> {
  const rows = (
    await db.query<TargetRow>(
      'SELECT kpi_id, target, green, amber, version, updated_at FROM kpi_targets',
    )
  ).rows;
  const stored = new Map(rows.map((r) => [r.kpi_id, toTarget(r)]));
  return new Map(
    (Object.keys(KPI_CATALOGUE) as KpiId[]).map((id) => [id, stored.get(id) ?? defaultTarget(id)]),
  );
}

/** Green must not be short of amber in the KPI's direction, or amber could never show. */
function checkOrder(id: KpiId, next: KpiTarget) {
  const higher = KPI_CATALOGUE[id].direction === 'higher_is_better';
  if (higher ? next.green < next.amber : next.green > next.amber)
    throw ValidationError.field(
      'body.amber',
      'invalid',
      higher
        ? 'must not be above green: higher is better for this KPI'
        : 'must not be below green: lower is better for this KPI',
    );
}

/**
 * Changes the fields named of a KPI's target, at the version the caller read,
 * and audits it. Call inside a transaction.
 */
export async function updateTarget(
  tx: Queryable,
  ctx: RequestContext,
  id: KpiId,
  version: number,
  changes: KpiTargetUpdate,
): Promise<KpiTarget> {
  const found = (
    await tx.query<TargetRow>(
      'SELECT kpi_id, target, green, amber, version, updated_at FROM kpi_targets WHERE kpi_id = $1 FOR UPDATE',
      [id],
    )
  ).rows[0];
  const before = found ? toTarget(found) : defaultTarget(id);
  if (before.version !== version)
    throw new VersionConflictError('KPI target', id, version, before.version);
  const next = {
    ...before,
    ...(changes.target !== undefined ? { target: changes.target } : {}),
    ...(changes.green !== undefined ? { green: changes.green } : {}),
    ...(changes.amber !== undefined ? { amber: changes.amber } : {}),
  };
  checkOrder(id, next);
  const written = found
    ? await tx.query<TargetRow>(
        `UPDATE kpi_targets SET target = $2, green = $3, amber = $4, updated_by = $5,
                version = version + 1, updated_at = now()
          WHERE kpi_id = $1 RETURNING kpi_id, target, green, amber, version, updated_at`,
        [id, next.target, next.green, next.amber, ctx.actor?.id ?? null],
      )
    : await tx.query<TargetRow>(
        `INSERT INTO kpi_targets (kpi_id, target, green, amber, updated_by, version)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (kpi_id) DO NOTHING
         RETURNING kpi_id, target, green, amber, version, updated_at`,
        [id, next.target, next.green, next.amber, ctx.actor?.id ?? null, DEFAULT_VERSION + 1],
      );
  const row = written.rows[0];
  // Someone else stored the first change between our read and our insert.
  if (!row) throw new VersionConflictError('KPI target', id, version, DEFAULT_VERSION + 1);
  const after = toTarget(row);
  await recordAudit(tx, ctx, {
    entityType: 'kpi_target',
    entityId: id,
    action: 'update',
    before,
    after,
    programId: null,
  });
  return after;
}
