import type { KpiId } from '../../../contracts/kpi.schema.js';
import type { CheckIn, KeyResult, Objective } from '../../../contracts/objective.schema.js';
import {
  keyResultScore,
  milestoneShare,
  objectiveScore,
} from '../../../engine/measures/okr-score.js';
import { okrPeriodRange } from '../../../engine/measures/okr-period.js';
import type { ProgramSight } from '../access/program-sight.js';
import type { CheckInRow, KeyResultRow, ObjectiveRow } from './objective.repository.js';

/**
 * How a KPI-bound key result reads its value: the KPI over the objective's period,
 * limited to the programs the objective serves when it has any.
 */
export type KpiValueOf = (
  kpiId: KpiId,
  range: { from: string; to: string; programIds?: string[] },
) => Promise<number | null>;

/** The current value of a key result: stored for manual ones and once graded, else computed. */
export async function keyResultValue(
  kr: KeyResultRow,
  objective: ObjectiveRow,
  kpiValueOf: KpiValueOf,
): Promise<number | null> {
  if (objective.state === 'graded' || kr.binding === 'manual') return kr.current_value;
  if (kr.binding === 'milestones')
    return milestoneShare(kr.milestones_achieved, kr.milestone_ids.length);
  const { from, to } = okrPeriodRange(objective.period);
  return kpiValueOf(kr.kpi_id as KpiId, {
    from,
    to,
    ...(objective.program_ids.length ? { programIds: objective.program_ids } : {}),
  });
}

export async function toKeyResult(
  kr: KeyResultRow,
  objective: ObjectiveRow,
  kpiValueOf: KpiValueOf,
): Promise<KeyResult> {
  const current = await keyResultValue(kr, objective, kpiValueOf);
  return {
    id: kr.id,
    objectiveId: kr.objective_id,
    title: kr.title,
    startValue: kr.start_value,
    targetValue: kr.target_value,
    currentValue: current,
    unit: kr.unit,
    binding: kr.binding,
    kpiId: kr.kpi_id as KpiId | null,
    milestoneIds: kr.milestone_ids,
    score: keyResultScore(kr.start_value, kr.target_value, current),
    confidence: kr.confidence,
    version: kr.version,
    createdAt: new Date(kr.created_at).toISOString(),
    updatedAt: new Date(kr.updated_at).toISOString(),
  };
}

export async function toObjective(
  row: ObjectiveRow,
  krs: readonly KeyResultRow[],
  kpiValueOf: KpiValueOf,
  sight: ProgramSight | null,
): Promise<Objective> {
  const keyResults = await Promise.all(
    krs.filter((k) => k.objective_id === row.id).map((k) => toKeyResult(k, row, kpiValueOf)),
  );
  const { from, to } = okrPeriodRange(row.period);
  return {
    id: row.id,
    period: row.period,
    from,
    to,
    title: row.title,
    description: row.description,
    ownerKind: row.owner_kind,
    teamId: row.owner_team_id,
    teamName: row.team_name,
    personId: row.owner_person_id,
    personName: row.person_name,
    parentId: row.parent_id,
    parent:
      row.parent_id && row.parent_title !== null
        ? { id: row.parent_id, title: row.parent_title }
        : null,
    childIds: row.child_ids,
    state: row.state,
    score: row.state === 'graded' ? row.grade : objectiveScore(keyResults.map((k) => k.score)),
    grade: row.grade,
    gradedAt: row.graded_at ? new Date(row.graded_at).toISOString() : null,
    // Programs the caller cannot see are left out, as everywhere else.
    programIds: sight ? row.program_ids.filter((id) => sight.canRead(id)) : row.program_ids,
    keyResults,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function toCheckIn(c: CheckInRow): CheckIn {
  return {
    id: c.id,
    keyResultId: c.key_result_id,
    value: c.value,
    confidence: c.confidence,
    note: c.note,
    authorId: c.author_id,
    authorName: c.author_name,
    at: new Date(c.checked_in_at).toISOString(),
  };
}
