import type { ImportWarning } from '../../../contracts/plan-transfer.schema.js';
import type { PlanKindChanges, PlanUpdatePreview } from '../../../contracts/plan-update.schema.js';
import type { ImportedPlan } from './plan-mapping.js';
import type { ExistingPlan, KindDiff, PlanUpdate } from './plan-update-diff.js';

/** An update as the API shows it (pure): each item by id, UID and name. */
export function previewOf(
  update: PlanUpdate,
  existing: ExistingPlan,
  plan: ImportedPlan,
  programVersion: number,
): PlanUpdatePreview {
  const named = <
    E extends { id: string; uid: number | null; name: string },
    F extends { uid: number | null; name: string },
  >(
    k: KindDiff<E, F>,
  ): PlanKindChanges => ({
    added: k.added.map((f) => ({ id: null, uid: f.uid, name: f.name, changes: [] })),
    changed: k.changed.map((c) => ({
      id: c.existing.id,
      uid: c.existing.uid,
      name: c.existing.name,
      changes: c.changes,
    })),
    removed: k.removed.map((e) => ({ id: e.id, uid: e.uid, name: e.name, changes: [] })),
    kept: k.kept,
  });
  const nameOfId = new Map<string, string>();
  for (const t of existing.tasks) nameOfId.set(t.id, t.name);
  for (const m of existing.milestones) nameOfId.set(m.id, m.name);
  const nameOfKey = new Map<string, string>();
  for (const t of plan.tasks) nameOfKey.set(t.key, t.name);
  for (const m of plan.milestones) nameOfKey.set(m.key, m.name);
  const link = (from: string | undefined, to: string | undefined, type: string) =>
    `${from ?? '?'} → ${to ?? '?'} (${type})`;
  const d = update.dependencies;
  return {
    programVersion,
    program: { changes: update.program },
    calendars: {
      added: update.calendars.added.map((c) => ({
        id: null,
        uid: null,
        name: c.name,
        changes: [],
      })),
      changed: update.calendars.changed.map((c) => ({
        id: c.existing.id,
        uid: null,
        name: c.existing.name,
        changes: c.changes,
      })),
      removed: [],
      kept: update.calendars.kept,
    },
    workstreams: named(update.workstreams),
    tasks: named(update.tasks),
    milestones: named(update.milestones),
    dependencies: {
      added: d.added.map((f) => ({
        id: null,
        uid: null,
        name: link(nameOfKey.get(f.predecessorKey), nameOfKey.get(f.successorKey), f.type),
        changes: [],
      })),
      changed: d.changed.map((c) => ({
        id: c.existing.id,
        uid: null,
        name: link(
          nameOfId.get(c.existing.predecessorId),
          nameOfId.get(c.existing.successorId),
          c.existing.type,
        ),
        changes: c.changes,
      })),
      removed: d.removed.map((e) => ({
        id: e.id,
        uid: null,
        name: link(nameOfId.get(e.predecessorId), nameOfId.get(e.successorId), e.type),
        changes: [],
      })),
      kept: d.kept,
    },
    warnings: [
      ...plan.warnings,
      ...withoutUid(plan),
      ...lookAlikes(update, existing),
      ...nameClashes(update, existing),
    ],
  };
}

/** File items without a UID match nothing: each apply adds them again. Said, not hidden. */
function withoutUid(plan: ImportedPlan): ImportWarning[] {
  const items = [...plan.workstreams, ...plan.tasks, ...plan.milestones].filter(
    (i) => i.uid === null,
  );
  if (items.length === 0) return [];
  return [
    {
      at: 'file',
      field: 'UID',
      message: `${items.length} item(s) of the file have no UID (${items
        .slice(0, 3)
        .map((i) => `"${i.name}"`)
        .join(
          ', ',
        )}${items.length > 3 ? '…' : ''}): they are added as new items each time the file is applied. Export the program and edit that file to keep them matched.`,
    },
  ];
}

/**
 * An added item named as an item made in Waymark (no UID) is most likely that
 * item, exported (the MSPDI export numbers it) and read back: applying would
 * make a second one. Said, so that it can be removed from the file first.
 */
function lookAlikes(update: PlanUpdate, existing: ExistingPlan): ImportWarning[] {
  const matched = new Set(update.itemIds.values());
  const kept = new Set(
    [...existing.tasks, ...existing.milestones]
      .filter((i) => i.uid === null && !matched.has(i.id))
      .map((i) => i.name),
  );
  return [...update.tasks.added, ...update.milestones.added]
    .filter((f) => kept.has(f.name))
    .map((f) => ({
      at: f.uid === null ? `"${f.name}"` : `Task[UID=${f.uid}]`,
      field: 'Name',
      message: `"${f.name}" is added, and the program already has an item of that name made in Waymark (without a UID): applying makes a second one. Leave it out of the file if it is the same item.`,
    }));
}

/** A workstream the file names as one made in Waymark that it does not match: apply is refused (409). */
function nameClashes(update: PlanUpdate, existing: ExistingPlan): ImportWarning[] {
  const matched = new Set(update.workstreamIds.values());
  const kept = new Set(
    existing.workstreams.filter((w) => w.uid === null && !matched.has(w.id)).map((w) => w.name),
  );
  return [...update.workstreams.added, ...update.workstreams.changed.map((c) => c.file)]
    .filter((w) => kept.has(w.name))
    .map((w) => ({
      at: w.uid === null ? `"${w.name}"` : `Task[UID=${w.uid}]`,
      field: 'Name',
      message: `The workstream "${w.name}" has the name of another workstream of the program: applying is refused until one of them is renamed.`,
    }));
}
