import type {
  Assessment,
  CareerLevel,
  CareerTrack,
  Competency,
} from '../../../contracts/career-ladder.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import { nextLevelOf } from './promotion-readiness.js';

interface LevelRow {
  id: string;
  key: string;
  name: string;
  path: CareerLevel['path'];
  grade: number;
  summary: string;
  version: number;
}
interface CompetencyRow {
  id: string;
  name: string;
  description: string;
  sort_order: number;
  version: number;
  expectations: Competency['expectations'];
}
export interface AssessmentRow {
  id: string;
  user_id: string;
  competency_id: string;
  level_id: string;
  kind: Assessment['kind'];
  rating: number;
  evidence_urls: string[];
  note: string;
  assessed_by: string | null;
  version: number;
  updated_at: Date;
}

export async function listTracks(db: Queryable): Promise<CareerTrack[]> {
  return (
    await db.query<CareerTrack>(
      'SELECT id, key, name, description, version FROM career_tracks ORDER BY sort_order, name',
    )
  ).rows;
}

export async function listLevels(db: Queryable): Promise<CareerLevel[]> {
  const rows = (
    await db.query<LevelRow>(
      'SELECT id, key, name, path, grade::int AS grade, summary, version FROM career_levels ORDER BY path, grade',
    )
  ).rows;
  return rows.map((r) => ({ ...r, nextLevelId: nextLevelOf(rows, r.id)?.id ?? null }));
}

export async function listCompetencies(db: Queryable): Promise<Competency[]> {
  const rows = (
    await db.query<CompetencyRow>(
      `SELECT c.id, c.name, c.description, c.sort_order, c.version,
              coalesce((SELECT json_agg(json_build_object('id', e.id, 'levelId', e.level_id,
                                        'expectation', e.expectation, 'version', e.version)
                                        ORDER BY l.path, l.grade)
                          FROM competency_expectations e JOIN career_levels l ON l.id = e.level_id
                         WHERE e.competency_id = c.id), '[]'::json) AS expectations
         FROM competencies c ORDER BY c.sort_order, c.name`,
    )
  ).rows;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    sortOrder: r.sort_order,
    version: r.version,
    expectations: r.expectations,
  }));
}

export async function findCompetency(db: Queryable, id: string): Promise<Competency | undefined> {
  return (await listCompetencies(db)).find((c) => c.id === id);
}

export function toAssessment(r: AssessmentRow): Assessment {
  return {
    id: r.id,
    personId: r.user_id,
    competencyId: r.competency_id,
    levelId: r.level_id,
    kind: r.kind,
    rating: r.rating,
    evidenceUrls: r.evidence_urls,
    note: r.note,
    assessedById: r.assessed_by,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function listAssessments(
  db: Queryable,
  personIds: string[],
): Promise<AssessmentRow[]> {
  return (
    await db.query<AssessmentRow>(
      `SELECT a.* FROM competency_assessments a JOIN competencies c ON c.id = a.competency_id
        WHERE a.user_id = ANY($1::uuid[]) ORDER BY c.sort_order, a.kind`,
      [personIds],
    )
  ).rows;
}

export async function upsertAssessment(
  tx: Queryable,
  a: {
    personId: string;
    competencyId: string;
    levelId: string;
    kind: string;
    rating: number;
    evidenceUrls: string[];
    note: string;
    assessedBy: string | null;
  },
): Promise<{ row: AssessmentRow; before: AssessmentRow | undefined }> {
  const before = (
    await tx.query<AssessmentRow>(
      `SELECT * FROM competency_assessments
        WHERE user_id = $1 AND competency_id = $2 AND level_id = $3 AND kind = $4 FOR UPDATE`,
      [a.personId, a.competencyId, a.levelId, a.kind],
    )
  ).rows[0];
  const row = (
    await tx.query<AssessmentRow>(
      `INSERT INTO competency_assessments (user_id, competency_id, level_id, kind, rating, evidence_urls, note, assessed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT competency_assessments_unique DO UPDATE
         SET rating = EXCLUDED.rating, evidence_urls = EXCLUDED.evidence_urls, note = EXCLUDED.note,
             assessed_by = EXCLUDED.assessed_by, version = competency_assessments.version + 1, updated_at = now()
       RETURNING *`,
      [
        a.personId,
        a.competencyId,
        a.levelId,
        a.kind,
        a.rating,
        a.evidenceUrls,
        a.note,
        a.assessedBy,
      ],
    )
  ).rows[0]!;
  return { row, before };
}

export async function setExpectation(
  tx: Queryable,
  competencyId: string,
  levelId: string,
  text: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO competency_expectations (competency_id, level_id, expectation) VALUES ($1, $2, $3)
     ON CONFLICT ON CONSTRAINT competency_expectations_unique DO UPDATE
       SET expectation = EXCLUDED.expectation, version = competency_expectations.version + 1, updated_at = now()`,
    [competencyId, levelId, text],
  );
}

export const COMPETENCY_COLUMNS: Record<string, string> = {
  name: 'name',
  description: 'description',
  sortOrder: 'sort_order',
};
export const LEVEL_COLUMNS: Record<string, string> = { name: 'name', summary: 'summary' };

export const COMPETENCY_ENTITY: AuditedEntity<Competency> = {
  table: 'competencies',
  label: 'Competency',
  auditType: 'competency',
  read: async (db, id) => (await findCompetency(db, id))!,
};
export const TRACK_COLUMNS: Record<string, string> = { name: 'name', description: 'description' };
export const TRACK_ENTITY: AuditedEntity<CareerTrack> = {
  table: 'career_tracks',
  label: 'Career track',
  auditType: 'career_track',
  read: async (db, id) => (await listTracks(db)).find((t) => t.id === id)!,
};
export const LEVEL_ENTITY: AuditedEntity<CareerLevel> = {
  table: 'career_levels',
  label: 'Career level',
  auditType: 'career_level',
  read: async (db, id) => (await listLevels(db)).find((l) => l.id === id)!,
};
