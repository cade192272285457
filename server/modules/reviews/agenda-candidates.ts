import type { AgendaCandidate } from '../../../engine/reporting/review-agenda.js';
import type {
  ChangeRequestPendingRow,
  DecisionNeededRow,
  MilestoneDatesRow,
  OverAllocatedRow,
  OverdueActionItemRow,
  ProgramHealthRow,
  ProgramRef,
  RiskDueRow,
} from './agenda-sources.repository.js';

/**
 * Source rows → agenda items. Keys are `<kind>:<subject id>`, stable from one
 * occurrence to the next, so that outcomes and carry-over find their item again.
 */

const day = (localDateTime: string | null) => localDateTime?.slice(0, 10) ?? null;

/**
 * Slipped: scheduled to finish after its due date or after its baseline finish.
 * At risk (when not slipped): the latest forecast's P80 is after the due date.
 */
export function milestoneItems(rows: readonly MilestoneDatesRow[]): AgendaCandidate[] {
  const items: AgendaCandidate[] = [];
  for (const m of rows) {
    const scheduled = day(m.scheduled_finish);
    const baseline = day(m.baseline_finish);
    const p80 = day(m.p80);
    const base = {
      title: m.name,
      programId: m.program_id,
      programName: m.program_name,
      subjectKind: 'milestone',
      subjectId: m.id,
      link: `/programs/${m.program_id}/schedule`,
    };
    const reasons: string[] = [];
    if (scheduled && m.due_date && scheduled > m.due_date)
      reasons.push(`scheduled for ${scheduled}, after its due date ${m.due_date}`);
    if (scheduled && baseline && scheduled > baseline)
      reasons.push(`scheduled for ${scheduled}, after its baseline date ${baseline}`);
    if (reasons.length > 0) {
      items.push({
        ...base,
        key: `milestone_slipped:${m.id}`,
        kind: 'milestone_slipped',
        detail: `Slipped: ${[...new Set(reasons)].join('; ')}.`,
      });
    } else if (p80 && m.due_date && p80 > m.due_date) {
      items.push({
        ...base,
        key: `milestone_at_risk:${m.id}`,
        kind: 'milestone_at_risk',
        detail: `At risk: the forecast's P80 is ${p80}, after its due date ${m.due_date}.`,
      });
    }
  }
  return items;
}

export function programHealthItems(rows: readonly ProgramHealthRow[]): AgendaCandidate[] {
  return rows.map((p) => ({
    key: `program_health:${p.program_id}`,
    kind: 'program_health',
    title: `${p.program_name} is ${p.health}`,
    detail: p.reasons.join(' '),
    programId: p.program_id,
    programName: p.program_name,
    subjectKind: 'program',
    subjectId: p.program_id,
    link: `/programs/${p.program_id}`,
  }));
}

export function riskItems(rows: readonly RiskDueRow[]): AgendaCandidate[] {
  return rows.map((r) => ({
    key: `risk_review_due:${r.id}`,
    kind: 'risk_review_due',
    title: r.title,
    detail: `Due for review on ${r.review_date} (${r.status}).`,
    programId: r.program_id,
    programName: r.program_name,
    subjectKind: 'risk',
    subjectId: r.id,
    link: `/programs/${r.program_id}/governance`,
  }));
}

/** `today` on the review's clock: a decision needed before it is overdue. */
export function decisionItems(
  rows: readonly DecisionNeededRow[],
  overdue: (neededBy: string) => boolean,
): AgendaCandidate[] {
  return rows.map((d) => ({
    key: `decision_needed:${d.id}`,
    kind: 'decision_needed',
    title: d.title,
    detail: overdue(d.needed_by)
      ? `Overdue: it was needed by ${d.needed_by}.`
      : `Needed by ${d.needed_by}.`,
    programId: d.program_id,
    programName: d.program_name,
    subjectKind: 'decision',
    subjectId: d.id,
    link: d.program_id ? `/programs/${d.program_id}/governance` : '/governance',
  }));
}

export function changeRequestItems(rows: readonly ChangeRequestPendingRow[]): AgendaCandidate[] {
  return rows.map((c) => ({
    key: `change_request_pending:${c.id}`,
    kind: 'change_request_pending',
    title: `CR-${c.number} ${c.title}`,
    detail: `Submitted on ${new Date(c.created_at).toISOString().slice(0, 10)}; awaiting a decision.`,
    programId: c.program_id,
    programName: c.program_name,
    subjectKind: 'change_request',
    subjectId: c.id,
    link: `/programs/${c.program_id}/change-requests/${c.id}`,
  }));
}

export function actionItemItems(rows: readonly OverdueActionItemRow[]): AgendaCandidate[] {
  return rows.map((a) => ({
    key: `action_item_overdue:${a.id}`,
    kind: 'action_item_overdue',
    title: a.title,
    detail: `Was due on ${a.due_date}${a.owner_name ? `; owner ${a.owner_name}` : ''}.`,
    programId: a.program_id,
    programName: a.program_name,
    subjectKind: 'action_item',
    subjectId: a.id,
    link: '/action-items',
  }));
}

/** The person's program is the first of the review's programs loading their worst week. */
export function overAllocationItems(
  rows: readonly OverAllocatedRow[],
  programs: readonly ProgramRef[],
): AgendaCandidate[] {
  const byId = new Map(programs.map((p) => [p.id, p]));
  return rows.map((r) => {
    const program = r.program_ids.map((id) => (id ? byId.get(id) : undefined)).find(Boolean);
    return {
      key: `person_over_allocated:${r.person_id}`,
      kind: 'person_over_allocated',
      title: `${r.person_name} is over-allocated`,
      detail:
        r.load_percent === null
          ? `Booked in the week of ${r.week_start} with no capacity that week.`
          : `Booked at ${r.load_percent}% of capacity in the week of ${r.week_start}.`,
      programId: program?.id ?? null,
      programName: program?.name ?? null,
      subjectKind: 'person',
      subjectId: r.person_id,
      link: `/team/people/${r.person_id}`,
    };
  });
}
