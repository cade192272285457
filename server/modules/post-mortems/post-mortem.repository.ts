import type {
  PostMortem,
  PostMortemItem,
  PostMortemSection,
  PostMortemStatus,
  PostMortemTemplate,
  TemplateSection,
  TimelineEvent,
} from '../../../contracts/post-mortem.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

export interface PostMortemRow {
  id: string;
  program_id: string;
  program_name: string;
  time_zone: string;
  title: string;
  status: PostMortemStatus;
  period_from: string;
  period_to: string;
  went_well: PostMortemItem[];
  did_not_go_well: PostMortemItem[];
  root_causes: PostMortemItem[];
  sections: PostMortemSection[];
  facilitator_id: string | null;
  facilitator_name: string | null;
  participant_ids: string[];
  participants: { id: string; name: string }[];
  timeline: TimelineEvent[] | null;
  published_at: Date | null;
  published_by_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Body fields kept as plain columns, by column. */
export const POST_MORTEM_COLUMNS: Record<string, string> = {
  title: 'title',
  periodFrom: 'period_from',
  periodTo: 'period_to',
  facilitatorId: 'facilitator_id',
  participantIds: 'participant_ids',
};

/** Body lists kept as jsonb, by column. */
export const POST_MORTEM_LISTS: Record<string, string> = {
  wentWell: 'went_well',
  didNotGoWell: 'did_not_go_well',
  rootCauses: 'root_causes',
};

const item = (i: PostMortemItem): PostMortemItem => ({
  text: i.text,
  category: i.category ?? null,
});

export function toPostMortem(r: PostMortemRow): PostMortem {
  return {
    id: r.id,
    programId: r.program_id,
    programName: r.program_name,
    title: r.title,
    status: r.status,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    wentWell: r.went_well.map(item),
    didNotGoWell: r.did_not_go_well.map(item),
    rootCauses: r.root_causes.map(item),
    sections: r.sections.map((s) => ({ ...s, items: s.items.map(item) })),
    facilitatorId: r.facilitator_id,
    facilitatorName: r.facilitator_name,
    participantIds: r.participant_ids,
    participants: r.participants,
    publishedAt: r.published_at?.toISOString() ?? null,
    publishedById: r.published_by_id,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

// Dates as text: a date column must not pass through a JavaScript Date and its zone.
const SELECT = `SELECT pm.id, pm.program_id, p.name AS program_name, p.time_zone, pm.title, pm.status,
    pm.period_from::text AS period_from, pm.period_to::text AS period_to,
    pm.went_well, pm.did_not_go_well, pm.root_causes, pm.sections,
    pm.facilitator_id, f.name AS facilitator_name, pm.participant_ids::text[] AS participant_ids,
    coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY x.n)
                FROM unnest(pm.participant_ids) WITH ORDINALITY AS x(id, n)
                JOIN users u ON u.id = x.id), '[]'::json) AS participants,
    pm.timeline, pm.published_at, pm.published_by_id, pm.version, pm.created_at, pm.updated_at
  FROM post_mortems pm
  JOIN programs p ON p.id = pm.program_id
  LEFT JOIN users f ON f.id = pm.facilitator_id`;

export async function findPostMortem(
  db: Queryable,
  id: string,
): Promise<PostMortemRow | undefined> {
  return (await db.query<PostMortemRow>(`${SELECT} WHERE pm.id = $1`, [id])).rows[0];
}

/** A program's post-mortems, the latest period first. */
export async function listPostMortems(
  db: Queryable,
  programId: string,
  status: PostMortemStatus | undefined,
): Promise<PostMortemRow[]> {
  return (
    await db.query<PostMortemRow>(
      `${SELECT} WHERE pm.program_id = $1 AND ($2::text IS NULL OR pm.status = $2)
        ORDER BY pm.period_to DESC, pm.created_at DESC, pm.id`,
      [programId, status ?? null],
    )
  ).rows;
}

export const POST_MORTEM_ENTITY: AuditedEntity<PostMortem> = {
  table: 'post_mortems',
  label: 'Post-mortem',
  auditType: 'post_mortem',
  read: async (db, id) => toPostMortem((await findPostMortem(db, id))!),
};

export async function insertPostMortem(
  tx: Queryable,
  values: {
    programId: string;
    title: string;
    periodFrom: string;
    periodTo: string;
    wentWell: PostMortemItem[];
    didNotGoWell: PostMortemItem[];
    rootCauses: PostMortemItem[];
    sections: PostMortemSection[];
    facilitatorId: string | null;
    participantIds: string[];
  },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO post_mortems (program_id, title, period_from, period_to, went_well, did_not_go_well,
                               root_causes, sections, facilitator_id, participant_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      values.programId,
      values.title,
      values.periodFrom,
      values.periodTo,
      JSON.stringify(values.wentWell),
      JSON.stringify(values.didNotGoWell),
      JSON.stringify(values.rootCauses),
      JSON.stringify(values.sections),
      values.facilitatorId,
      values.participantIds,
    ],
  );
  return r.rows[0]!.id;
}

/** The program's first day (its start, else the day it was created) and time zone. */
export async function programFrame(
  db: Queryable,
  programId: string,
): Promise<{ startDay: string; timeZone: string } | undefined> {
  const r = await db.query<{ start_day: string; time_zone: string }>(
    `SELECT coalesce(start_date, (created_at AT TIME ZONE time_zone)::date)::text AS start_day, time_zone
       FROM programs WHERE id = $1`,
    [programId],
  );
  const row = r.rows[0];
  return row && { startDay: row.start_day, timeZone: row.time_zone };
}

/** The ids among these that are not active accounts. */
export async function inactiveUsers(db: Queryable, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const r = await db.query<{ id: string }>(
    'SELECT id FROM users WHERE id = ANY($1::uuid[]) AND active',
    [ids],
  );
  const found = new Set(r.rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

export const TEMPLATE_ENTITY: AuditedEntity<PostMortemTemplate> = {
  table: 'post_mortem_templates',
  label: 'Post-mortem template',
  auditType: 'post_mortem_template',
  read: (db) => readTemplate(db),
};
export const TEMPLATE_ID = '1';

export async function readTemplate(db: Queryable): Promise<PostMortemTemplate> {
  const r = await db.query<{ sections: TemplateSection[]; version: number; updated_at: Date }>(
    'SELECT sections, version, updated_at FROM post_mortem_templates WHERE id = 1',
  );
  const row = r.rows[0]!;
  return { sections: row.sections, version: row.version, updatedAt: row.updated_at.toISOString() };
}
