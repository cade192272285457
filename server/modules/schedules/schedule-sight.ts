import type { ScheduleSnapshot } from '../../../contracts/schedule.schema.js';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';

/**
 * A program's schedule (or a baseline's copy of one) as one caller may see it. The stored schedule is shared
 * by every reader, and it may name items of other programs that drive this one
 * (drivingPredecessorIds, diagnostics): those of programs the caller may not
 * see are left out, so a members-only program leaves no trace.
 */
export async function scheduleSeenBy<S extends ScheduleSnapshot>(
  db: Queryable,
  actor: Actor | null,
  schedule: S,
): Promise<S> {
  const own = new Set(schedule.items.map((i) => i.id));
  const foreign = [
    ...new Set([
      ...schedule.items.flatMap((i) => i.drivingPredecessorIds),
      ...schedule.diagnostics.flatMap((d) => d.itemIds),
    ]),
  ].filter((id) => !own.has(id));
  if (foreign.length === 0) return schedule;
  const owners = await db.query<{ id: string; program_id: string }>(
    `SELECT id, program_id FROM tasks WHERE id::text = ANY($1::text[])
     UNION ALL SELECT id, program_id FROM milestones WHERE id::text = ANY($1::text[])`,
    [foreign],
  );
  const programOf = new Map(owners.rows.map((r) => [r.id, r.program_id]));
  const sight = await programSight(db, actor, [...new Set(programOf.values())]);
  const hidden = new Set(
    foreign.filter((id) => {
      const program = programOf.get(id);
      return program !== undefined && !sight.canRead(program);
    }),
  );
  if (hidden.size === 0) return schedule;
  const shown = (id: string) => !hidden.has(id);
  return {
    ...schedule,
    items: schedule.items.map((i) => ({
      ...i,
      drivingPredecessorIds: i.drivingPredecessorIds.filter(shown),
    })),
    diagnostics: schedule.diagnostics.map((d) => {
      const keep = d.itemIds.map(shown);
      return {
        ...d,
        // Engine messages quote item ids.
        message: [...hidden].reduce(
          (text, id) => text.replaceAll(id, 'an item of a members-only program'),
          d.message,
        ),
        itemIds: d.itemIds.filter((_, k) => keep[k]),
        ...(d.itemNames ? { itemNames: d.itemNames.filter((_, k) => keep[k]) } : {}),
      };
    }),
  };
}
