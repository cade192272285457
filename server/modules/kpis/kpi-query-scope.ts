import type { KpiQuery } from '../../../contracts/kpi.schema.js';
import { dayNumber } from '../../../engine/capacity/calendar-day.js';
import { defaultKpiPeriod, type KpiPeriod } from '../../../engine/measures/index.js';
import type { Queryable } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import type { KpiScope } from './kpi-scope.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** About ten years: a longer period would only make the quarterly trend unreadable. */
const MAX_PERIOD_DAYS = 3660;

/** The query's period: the last four fiscal quarters to today unless it names its ends. */
export function periodOf(query: KpiQuery, today: string): KpiPeriod {
  const fallback = defaultKpiPeriod(today);
  const period = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  if (period.from > period.to)
    throw ValidationError.field('query.from', 'invalid', `must be on or before to (${period.to})`);
  if (dayNumber(period.to) - dayNumber(period.from) > MAX_PERIOD_DAYS)
    throw ValidationError.field('query.from', 'invalid', 'must be at most ten years before to');
  return period;
}

interface ProgramOwner {
  id: string;
  owner_id: string | null;
  owner_team_id: string | null;
}

async function exists(db: Queryable, table: 'users' | 'teams', id: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount === 1;
}

/**
 * The programs a KPI reads for this caller: those they can see, narrowed to the
 * program, the person's programs (the ones they own) and the team's programs (owned
 * by its members) the query names. Without a filter it also reads what belongs to
 * no program.
 */
export async function scopeOf(
  db: Queryable,
  ctx: RequestContext,
  query: KpiQuery,
): Promise<KpiScope> {
  const personId = query.personId === 'me' ? (ctx.actor?.id ?? null) : (query.personId ?? null);
  if (personId !== null && !UUID.test(personId))
    throw ValidationError.field('query.personId', 'invalid', 'must be a person’s id or "me"');
  if (personId !== null && !(await exists(db, 'users', personId)))
    throw new NotFoundError('Person', personId, 'query.personId');
  if (query.teamId && !(await exists(db, 'teams', query.teamId)))
    throw new NotFoundError('Team', query.teamId, 'query.teamId');
  const [sight, programs] = await Promise.all([
    programSight(db, ctx.actor),
    db.query<ProgramOwner>(
      `SELECT p.id, p.owner_id, u.team_id AS owner_team_id
         FROM programs p LEFT JOIN users u ON u.id = p.owner_id ORDER BY p.id`,
    ),
  ]);
  const visible = programs.rows.filter((p) => sight.canRead(p.id));
  if (query.programId && !visible.some((p) => p.id === query.programId))
    throw new NotFoundError('Program', query.programId, 'query.programId');
  const chosen = visible.filter(
    (p) =>
      (!query.programId || p.id === query.programId) &&
      (personId === null || p.owner_id === personId) &&
      (!query.teamId || p.owner_team_id === query.teamId),
  );
  return {
    programIds: chosen.map((p) => p.id),
    withoutProgram: !query.programId && personId === null && !query.teamId,
  };
}
