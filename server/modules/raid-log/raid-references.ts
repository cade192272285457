import type { Queryable } from '../../db/database.js';
import { ValidationError } from '../../domain-errors.js';
import type { Issue } from '../../../contracts/common.schema.js';

/**
 * What a RAID entry may point at, checked before it is written: an owner who is an
 * active account, a Waymark team, and tasks and risks of the entry's own program.
 * Every bad reference is reported at once, each named by its field (and index).
 */
export interface RaidReferences {
  ownerId?: string | null;
  teamId?: string | null;
  taskIds?: string[];
  riskIds?: string[];
}

/** The ids among `ids` not found in `table` for the program (share-locking those that are). */
async function outsideProgram(
  tx: Queryable,
  table: 'tasks' | 'program_risks',
  programId: string,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const r = await tx.query<{ id: string }>(
    `SELECT id FROM ${table} WHERE program_id = $1 AND id = ANY($2::uuid[]) FOR KEY SHARE`,
    [programId, ids],
  );
  const found = new Set(r.rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

export async function assertRaidReferences(
  tx: Queryable,
  programId: string,
  refs: RaidReferences,
): Promise<void> {
  const issues: Issue[] = [];
  if (refs.ownerId) {
    const owner = await tx.query('SELECT 1 FROM users WHERE id = $1 AND active FOR KEY SHARE', [
      refs.ownerId,
    ]);
    if (owner.rowCount === 0)
      issues.push({ path: 'body.ownerId', code: 'not_found', message: 'is not an active account' });
  }
  if (refs.teamId) {
    const team = await tx.query('SELECT 1 FROM teams WHERE id = $1 FOR KEY SHARE', [refs.teamId]);
    if (team.rowCount === 0)
      issues.push({ path: 'body.teamId', code: 'not_found', message: 'is not a team' });
  }
  const lists = [
    ['taskIds', 'tasks', 'task'],
    ['riskIds', 'program_risks', 'risk'],
  ] as const;
  for (const [field, table, noun] of lists) {
    const ids = refs[field] ?? [];
    for (const id of await outsideProgram(tx, table, programId, ids))
      issues.push({
        path: `body.${field}[${ids.indexOf(id)}]`,
        code: 'not_found',
        message: `no ${noun} ${id} in this program`,
      });
  }
  if (issues.length) throw new ValidationError(issues);
}

/** SQL for the ids of a uuid[] column that still exist in `table`, in their order. */
export const existingIds = (column: string, table: string) =>
  `ARRAY(SELECT x.id FROM unnest(${column}) WITH ORDINALITY AS x(id, n)
          JOIN ${table} ON ${table}.id = x.id ORDER BY x.n)`;
