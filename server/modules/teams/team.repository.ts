import type { Team, TeamCreate } from '../../../contracts/team.schema.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import type { Queryable } from '../../db/database.js';
import {
  toWorkingHours,
  workingHoursColumns,
  type WorkingHoursRow,
} from '../calendars/working-hours-columns.js';

export interface TeamRow extends WorkingHoursRow {
  id: string;
  name: string;
  description: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const TEAM_COLUMNS: Record<string, string> = { name: 'name', description: 'description' };

export function toTeam(r: TeamRow): Team {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    workingHours: toWorkingHours(r),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function findTeam(db: Queryable, id: string): Promise<TeamRow | undefined> {
  return (await db.query<TeamRow>('SELECT * FROM teams WHERE id = $1', [id])).rows[0];
}

export const TEAM_ENTITY: AuditedEntity<Team> = {
  table: 'teams',
  label: 'Team',
  auditType: 'team',
  read: async (db, id) => toTeam((await findTeam(db, id))!),
};

export async function listTeams(db: Queryable): Promise<TeamRow[]> {
  return (await db.query<TeamRow>('SELECT * FROM teams ORDER BY lower(name), id')).rows;
}

export async function insertTeam(db: Queryable, input: TeamCreate): Promise<TeamRow> {
  const hours = input.workingHours && workingHoursColumns(input.workingHours, 'body.workingHours');
  const r = await db.query<TeamRow>(
    `INSERT INTO teams (name, description, time_zone, working_hours_start, working_hours_end, working_days)
     VALUES ($1, $2, coalesce($3, 'America/Los_Angeles'), coalesce($4, 480), coalesce($5, 960),
             coalesce($6::smallint[], '{1,2,3,4,5}'))
     RETURNING *`,
    [
      input.name,
      input.description ?? '',
      hours?.time_zone ?? null,
      hours?.working_hours_start ?? null,
      hours?.working_hours_end ?? null,
      hours?.working_days ?? null,
    ],
  );
  return r.rows[0]!;
}
