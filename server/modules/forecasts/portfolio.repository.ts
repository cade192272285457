import type { Queryable } from '../../db/database.js';
import { ValidationError } from '../../domain-errors.js';
import type { PortfolioProgram } from './portfolio-forecast-input.js';

/**
 * The programs of a portfolio run, share-locked until the transaction ends:
 * the ones asked for (in that order; an unknown id names `body.programIds`), or
 * every active program by name. At least one of them must have a task.
 */
export async function lockPortfolioPrograms(
  tx: Queryable,
  programIds: readonly string[] | undefined,
): Promise<PortfolioProgram[]> {
  const rows = (
    await tx.query<PortfolioProgram & { tasks: number }>(
      `SELECT p.id, p.name, (SELECT count(*)::int FROM tasks t WHERE t.program_id = p.id) AS tasks
         FROM programs p
        WHERE ($1::uuid[] IS NULL AND p.status = 'active') OR p.id = ANY($1::uuid[])
        ORDER BY p.name, p.id
          FOR KEY SHARE OF p`,
      [programIds ?? null],
    )
  ).rows;
  let programs = rows;
  if (programIds) {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = programIds.filter((id) => !byId.has(id));
    if (missing.length > 0)
      throw ValidationError.field(
        'body.programIds',
        'not_found',
        `no program ${missing.join(', ')}`,
      );
    programs = programIds.map((id) => byId.get(id)!);
  }
  if (!programs.some((p) => p.tasks > 0))
    throw ValidationError.field(
      'body.programIds',
      'no_tasks',
      programIds
        ? 'None of these programs has a task: there is nothing to forecast.'
        : 'No active program has a task: there is nothing to forecast.',
    );
  return programs.map(({ id, name }) => ({ id, name }));
}

/** The names of a stored portfolio run's programs (in its order; deleted ones left out). */
export async function findPortfolioPrograms(
  db: Queryable,
  programIds: readonly string[],
): Promise<PortfolioProgram[]> {
  const rows = (
    await db.query<PortfolioProgram>('SELECT id, name FROM programs WHERE id = ANY($1::uuid[])', [
      programIds,
    ])
  ).rows;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return programIds.flatMap((id) => byId.get(id) ?? []);
}
