import type { CrossProgramLink } from '../../../contracts/external-dependency.schema.js';
import type { Queryable } from '../../db/database.js';

/** Plan items, tasks and milestones alike, with their planned dates. */
const ITEMS = `(SELECT id, name, 'task'::text AS kind, program_id, start_date, due_date AS finish_date
                  FROM tasks
                UNION ALL
                SELECT id, name, 'milestone', program_id, NULL::date, due_date FROM milestones)`;

/**
 * Plan links (dependencies) between this program's items and another program's, both
 * ways: upstream when the other program's item is the predecessor. One query; the
 * other item's planned dates come with it (no schedule is run for them).
 */
export async function listCrossProgramLinks(
  db: Queryable,
  programId: string,
): Promise<CrossProgramLink[]> {
  const r = await db.query<CrossProgramLink>(
    `SELECT d.id AS "dependencyId", x.direction, d.type, d.lag_minutes AS "lagMinutes",
            mine.id AS "itemId", mine.name AS "itemName", mine.kind AS "itemKind",
            other.program_id AS "otherProgramId", op.name AS "otherProgramName",
            other.id AS "otherItemId", other.name AS "otherItemName", other.kind AS "otherItemKind",
            to_char(other.start_date, 'YYYY-MM-DD') AS "otherItemStart",
            to_char(other.finish_date, 'YYYY-MM-DD') AS "otherItemFinish"
       FROM dependencies d
      CROSS JOIN LATERAL (VALUES ('upstream', d.successor_id, d.predecessor_id),
                                 ('downstream', d.predecessor_id, d.successor_id))
                 AS x(direction, mine_id, other_id)
       JOIN ${ITEMS} mine ON mine.id = x.mine_id AND mine.program_id = $1
       JOIN ${ITEMS} other ON other.id = x.other_id AND other.program_id <> $1
       JOIN programs op ON op.id = other.program_id
      ORDER BY x.direction DESC, lower(op.name), op.id, lower(other.name), d.id`,
    [programId],
  );
  return r.rows;
}
