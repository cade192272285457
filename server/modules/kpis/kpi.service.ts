import {
  KPI_IDS,
  type KpiDetail,
  type KpiId,
  type KpiList,
  type KpiQuery,
  type KpiSummary,
  type KpiTarget,
  type KpiTargetUpdate,
} from '../../../contracts/kpi.schema.js';
import {
  KPI_CATALOGUE,
  kpiRag,
  readPeriod,
  type KpiPeriod,
} from '../../../engine/measures/index.js';
import type { Database } from '../../db/database.js';
import { ForbiddenError, NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { periodOf, scopeOf } from './kpi-query-scope.js';
import type { KpiScope } from './kpi-scope.js';
import { KPI_SOURCES } from './kpi-sources.js';
import { readTargets, updateTarget } from './kpi-target.repository.js';

/** Values keep four decimals: enough for a percentage with two, and stable in tests. */
const round = (value: number | null) =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * 10_000) / 10_000;

function kpiIdOf(id: string): KpiId {
  if (!(KPI_IDS as readonly string[]).includes(id)) throw new NotFoundError('KPI', id, 'params.id');
  return id as KpiId;
}

/** Every KPI for an explicit scope, or for every program when `programIds` is left out. */
export interface KpiValueScope {
  from: string;
  to: string;
  /** Only these programs' data; left out: every program and what belongs to none. */
  programIds?: readonly string[];
}

export function createKpiService(db: Database, today: () => string) {
  async function measure(
    id: KpiId,
    scope: KpiScope,
    period: KpiPeriod,
    target: KpiTarget,
  ): Promise<KpiDetail> {
    const def = KPI_CATALOGUE[id];
    const evidence = await KPI_SOURCES[id](db, scope, period);
    const reading = readPeriod(def.aggregation, evidence.facts, period, evidence.programCount);
    const value = round(reading.value);
    return {
      id,
      name: def.name,
      definition: def.definition,
      unit: def.unit,
      direction: def.direction,
      value,
      count: reading.count,
      rag: kpiRag(value, target, def.direction),
      target,
      trend: reading.trend.map((t) => ({
        quarter: t.quarter,
        from: t.from,
        to: t.to,
        value: round(t.value),
        count: t.count,
      })),
      figures: evidence.figures.map((f) => ({ ...f, value: round(f.value) })),
      note: def.note,
      from: period.from,
      to: period.to,
      items: evidence.items,
      ...(evidence.calibration
        ? { calibration: evidence.calibration.map((c) => ({ ...c, observed: round(c.observed) })) }
        : {}),
    };
  }

  return {
    /** Every KPI over the caller's programs, with its target, RAG and quarterly trend. */
    async list(ctx: RequestContext, query: KpiQuery): Promise<KpiList> {
      const period = periodOf(query, today());
      const [scope, targets] = await Promise.all([scopeOf(db, ctx, query), readTargets(db)]);
      const items: KpiSummary[] = [];
      // One at a time: each reads several tables, and the pool is shared with every other request.
      for (const id of KPI_IDS) {
        const {
          items: _drillDown,
          calibration: _calibration,
          ...summary
        } = await measure(id, scope, period, targets.get(id)!);
        items.push(summary);
      }
      return { items, from: period.from, to: period.to };
    },
    /** One KPI with the items behind it. */
    async detail(ctx: RequestContext, rawId: string, query: KpiQuery): Promise<KpiDetail> {
      const id = kpiIdOf(rawId);
      const period = periodOf(query, today());
      const [scope, targets] = await Promise.all([scopeOf(db, ctx, query), readTargets(db)]);
      return measure(id, scope, period, targets.get(id)!);
    },
    /** A KPI's target and its version, without measuring anything. */
    async target(rawId: string): Promise<KpiTarget> {
      const id = kpiIdOf(rawId);
      return (await readTargets(db)).get(id)!;
    },
    /** Changes the fields named of a KPI's target (TPM managers and admins). */
    async updateTarget(
      ctx: RequestContext,
      rawId: string,
      version: number,
      changes: KpiTargetUpdate,
    ): Promise<KpiTarget> {
      const id = kpiIdOf(rawId);
      if (ctx.actor?.role !== 'admin' && ctx.actor?.role !== 'tpm_manager')
        throw new ForbiddenError('Only a TPM manager or an admin sets KPI targets.');
      return db.transaction((tx) => updateTarget(tx, ctx, id, version, changes));
    },
    /**
     * A KPI's value over a period, for other modules (OKR key results bound to a
     * KPI): no caller's sight applies, the caller chooses the programs.
     */
    async valueOf(kpiId: KpiId, scope: KpiValueScope): Promise<number | null> {
      const programIds = scope.programIds ?? null;
      const target = (await readTargets(db)).get(kpiId)!;
      const detail = await measure(
        kpiId,
        { programIds, withoutProgram: programIds === null },
        { from: scope.from, to: scope.to },
        target,
      );
      return detail.value;
    },
  };
}

export type KpiService = ReturnType<typeof createKpiService>;
