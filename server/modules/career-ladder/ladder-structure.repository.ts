import type { LevelCreate, TrackCreate } from '../../../contracts/career-ladder.schema.js';
import type { Queryable } from '../../db/database.js';

/** A new track goes after the others, so the seed's order stays first. */
export async function insertTrack(tx: Queryable, input: TrackCreate): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO career_tracks (key, name, description, sort_order)
     VALUES ($1, $2, $3, (SELECT coalesce(max(sort_order) + 1, 1) FROM career_tracks))
     RETURNING id`,
    [input.key, input.name, input.description ?? ''],
  );
  return r.rows[0]!.id;
}

export async function insertLevel(tx: Queryable, input: LevelCreate): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO career_levels (key, name, path, grade, summary) VALUES ($1, $2, $3, $4, $5)
     RETURNING id`,
    [input.key, input.name, input.path, input.grade, input.summary ?? ''],
  );
  return r.rows[0]!.id;
}

/** Records that name a track: people on it and headcount roles planned on it. */
export async function trackReferences(tx: Queryable, trackId: string) {
  const r = await tx.query<{ people: number; roles: number }>(
    `SELECT (SELECT count(*) FROM users WHERE track_id = $1)::int AS people,
            (SELECT count(*) FROM headcount_roles WHERE track_id = $1)::int AS roles`,
    [trackId],
  );
  return r.rows[0]!;
}

/**
 * Records that name a level: people on it and headcount roles planned at it (which must
 * move first), the ladder's expectations at it and assessments people made at it (which
 * a delete may take along when asked).
 */
export async function levelReferences(tx: Queryable, levelId: string) {
  const r = await tx.query<{
    people: number;
    roles: number;
    expectations: number;
    assessments: number;
    assessedPeople: number;
  }>(
    `SELECT (SELECT count(*) FROM users WHERE level_id = $1)::int AS people,
            (SELECT count(*) FROM headcount_roles WHERE level_id = $1)::int AS roles,
            (SELECT count(*) FROM competency_expectations WHERE level_id = $1)::int AS expectations,
            (SELECT count(*) FROM competency_assessments WHERE level_id = $1)::int AS assessments,
            (SELECT count(DISTINCT user_id) FROM competency_assessments WHERE level_id = $1)::int
              AS "assessedPeople"`,
    [levelId],
  );
  return r.rows[0]!;
}
