/**
 * A review's agenda for one occurrence (pure): the items the programs' data
 * produces on that day, merged with the items carried over from earlier
 * occurrences and with the outcomes already recorded, in a fixed order.
 *
 * Carry-over rule (docs/reviews.md): an item is judged by the outcomes of the
 * LAST occurrence before this one at which it was discussed. It is closed there
 * when one of those outcomes is a decision or a note marked resolved; otherwise
 * (unresolved notes, or action items still open) it is carried over, with
 * `carriedOverFrom` that occurrence, until a later discussion closes it.
 */

/** The kinds of item, in agenda order. */
export const AGENDA_ITEM_KINDS = [
  'program_health',
  'milestone_slipped',
  'milestone_at_risk',
  'decision_needed',
  'change_request_pending',
  'risk_review_due',
  'action_item_overdue',
  'person_over_allocated',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** One thing the data puts on the agenda. `key` is stable across occurrences. */
export interface AgendaCandidate {
  key: string;
  kind: AgendaItemKind;
  title: string;
  detail: string;
  programId: string | null;
  programName: string | null;
  subjectKind: string;
  subjectId: string;
  link: string;
}

/** An outcome recorded earlier (or at this occurrence), with the item as it was shown. */
export interface AgendaOutcome {
  itemKey: string;
  /** The occurrence it was recorded at, YYYY-MM-DD. */
  occurrenceOn: string;
  kind: 'note' | 'decision' | 'action_item';
  resolved: boolean;
  /** For action items: still open (not done). */
  actionItemOpen: boolean;
  item: AgendaCandidate;
}

export type AgendaItem<O extends AgendaOutcome> = AgendaCandidate & {
  carriedOverFrom?: string;
  /** The outcomes recorded against it at this occurrence. */
  outcomes: O[];
};

/**
 * Whether the outcomes of one discussion close the item: a decision or a resolved
 * note does; so do action items alone once every one of them is done.
 */
export function closesItem(outcomes: readonly AgendaOutcome[]): boolean {
  if (outcomes.some((o) => o.kind === 'decision' || (o.kind === 'note' && o.resolved))) return true;
  return (
    outcomes.length > 0 && outcomes.every((o) => o.kind === 'action_item' && !o.actionItemOpen)
  );
}

const KIND_ORDER = new Map<string, number>(AGENDA_ITEM_KINDS.map((k, i) => [k, i]));

function compareItems(a: AgendaCandidate, b: AgendaCandidate): number {
  return (
    (KIND_ORDER.get(a.kind) ?? 99) - (KIND_ORDER.get(b.kind) ?? 99) ||
    (a.programName ?? '').localeCompare(b.programName ?? '') ||
    a.title.localeCompare(b.title) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * The agenda of the occurrence on `date`. `live` is what the data produces that
 * day (duplicates by key are dropped, the first kept); `outcomes` may be all of
 * the review's (those after `date` are ignored). Items discussed at `date`
 * itself stay on it even when the data no longer produces them.
 */
export function buildReviewAgenda<O extends AgendaOutcome>(input: {
  date: string;
  live: readonly AgendaCandidate[];
  outcomes: readonly O[];
}): AgendaItem<O>[] {
  const { date } = input;
  const items = new Map<string, AgendaItem<O>>();
  for (const c of input.live) if (!items.has(c.key)) items.set(c.key, { ...c, outcomes: [] });

  // Per key: the outcomes of the last earlier discussion, and the latest snapshot.
  const lastDiscussion = new Map<string, { on: string; outcomes: O[] }>();
  for (const o of input.outcomes) {
    if (o.occurrenceOn >= date) continue;
    const seen = lastDiscussion.get(o.itemKey);
    if (!seen || o.occurrenceOn > seen.on)
      lastDiscussion.set(o.itemKey, { on: o.occurrenceOn, outcomes: [o] });
    else if (o.occurrenceOn === seen.on) seen.outcomes.push(o);
  }
  for (const [key, { on, outcomes }] of lastDiscussion) {
    if (closesItem(outcomes)) continue;
    const live = items.get(key);
    if (live) live.carriedOverFrom = on;
    else
      items.set(key, { ...outcomes[outcomes.length - 1]!.item, carriedOverFrom: on, outcomes: [] });
  }

  for (const o of input.outcomes) {
    if (o.occurrenceOn !== date) continue;
    const item = items.get(o.itemKey);
    if (item) item.outcomes.push(o);
    else items.set(o.itemKey, { ...o.item, key: o.itemKey, outcomes: [o] });
  }
  return [...items.values()].sort(compareItems);
}
