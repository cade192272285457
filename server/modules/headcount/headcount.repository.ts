import type { HeadcountRole, StaffingNeed } from '../../../contracts/headcount.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

interface RoleRow {
  id: string;
  title: string;
  quarter: string;
  track_id: string | null;
  track_name: string | null;
  level_id: string | null;
  level_name: string | null;
  grade: number | null;
  team_id: string | null;
  status: HeadcountRole['status'];
  filled_by: string | null;
  note: string;
  version: number;
}
interface NeedRow {
  id: string;
  quarter: string;
  source: StaffingNeed['source'];
  program_id: string | null;
  program_name: string | null;
  description: string;
  fte: string;
  version: number;
}

export const ROLE_COLUMNS: Record<string, string> = {
  title: 'title',
  quarter: 'quarter',
  trackId: 'track_id',
  levelId: 'level_id',
  teamId: 'team_id',
  status: 'status',
  filledById: 'filled_by',
  note: 'note',
};

const ROLE_SELECT = `
  SELECT r.id, r.title, r.quarter, r.track_id, tr.name AS track_name, r.level_id, l.name AS level_name,
         l.grade::int AS grade, r.team_id, r.status, r.filled_by, r.note, r.version
    FROM headcount_roles r LEFT JOIN career_tracks tr ON tr.id = r.track_id LEFT JOIN career_levels l ON l.id = r.level_id`;

function toRole(r: RoleRow): HeadcountRole {
  return {
    id: r.id,
    title: r.title,
    quarter: r.quarter,
    trackId: r.track_id,
    trackName: r.track_name,
    levelId: r.level_id,
    levelName: r.level_name,
    grade: r.grade,
    teamId: r.team_id,
    status: r.status,
    filledById: r.filled_by,
    note: r.note,
    version: r.version,
  };
}

function toNeed(r: NeedRow): StaffingNeed {
  return {
    id: r.id,
    quarter: r.quarter,
    source: r.source,
    programId: r.program_id,
    programName: r.program_name,
    description: r.description,
    fte: Number(r.fte),
    version: r.version,
  };
}

/** Roles of the quarters given, and every earlier role still adding to supply. */
export async function listRoles(db: Queryable, upToQuarter?: string): Promise<HeadcountRole[]> {
  const rows = upToQuarter
    ? await db.query<RoleRow>(
        `${ROLE_SELECT} WHERE r.quarter <= $1 ORDER BY r.quarter, l.grade DESC NULLS LAST, r.title`,
        [upToQuarter],
      )
    : await db.query<RoleRow>(
        `${ROLE_SELECT} ORDER BY r.quarter, l.grade DESC NULLS LAST, r.title`,
      );
  return rows.rows.map(toRole);
}

export async function findRole(db: Queryable, id: string): Promise<HeadcountRole | undefined> {
  const r = (await db.query<RoleRow>(`${ROLE_SELECT} WHERE r.id = $1`, [id])).rows[0];
  return r && toRole(r);
}

export async function listNeeds(db: Queryable, quarters: string[]): Promise<StaffingNeed[]> {
  return (
    await db.query<NeedRow>(
      `SELECT n.id, n.quarter, n.source, n.program_id, p.name AS program_name, n.description, n.fte, n.version
         FROM staffing_needs n LEFT JOIN programs p ON p.id = n.program_id
        WHERE n.quarter = ANY($1::text[]) ORDER BY n.quarter, n.source, p.name, n.id`,
      [quarters],
    )
  ).rows.map(toNeed);
}

export async function findNeed(db: Queryable, id: string): Promise<StaffingNeed | undefined> {
  const r = (
    await db.query<NeedRow>(
      `SELECT n.id, n.quarter, n.source, n.program_id, p.name AS program_name, n.description, n.fte, n.version
         FROM staffing_needs n LEFT JOIN programs p ON p.id = n.program_id WHERE n.id = $1`,
      [id],
    )
  ).rows[0];
  return r && toNeed(r);
}

/** TPMs on staff: people on the career ladder, each counted at their capacity share. */
export async function staffFte(db: Queryable): Promise<number> {
  const r = await db.query<{ fte: string | null }>(
    `SELECT sum(capacity) AS fte FROM users WHERE level_id IS NOT NULL AND role IN ('tpm', 'tpm_manager')`,
  );
  return Number(r.rows[0]?.fte ?? 0);
}

export const ROLE_ENTITY: AuditedEntity<HeadcountRole> = {
  table: 'headcount_roles',
  label: 'Headcount role',
  auditType: 'headcount_role',
  read: async (db, id) => (await findRole(db, id))!,
};
export const NEED_COLUMNS: Record<string, string> = {
  quarter: 'quarter',
  source: 'source',
  programId: 'program_id',
  description: 'description',
  fte: 'fte',
};

export const NEED_ENTITY: AuditedEntity<StaffingNeed> = {
  table: 'staffing_needs',
  label: 'Staffing need',
  auditType: 'staffing_need',
  read: async (db, id) => (await findNeed(db, id))!,
};

/** Accepted intake requests that no program has taken over yet, with the day they were triaged. */
export async function acceptedIntakeRequests(
  db: Queryable,
): Promise<{ acceptedOn: string; size: 'unknown' | 'xs' | 's' | 'm' | 'l' | 'xl' }[]> {
  return (
    await db.query<{ accepted_on: string; size: 'unknown' | 'xs' | 's' | 'm' | 'l' | 'xl' }>(
      `SELECT to_char(coalesce(triaged_at, updated_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS accepted_on, size_guess AS size
         FROM intake_requests WHERE state = 'accepted' AND program_id IS NULL`,
    )
  ).rows.map((r) => ({ acceptedOn: r.accepted_on, size: r.size }));
}
