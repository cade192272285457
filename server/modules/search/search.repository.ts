import type { SearchKind } from '../../../contracts/search.schema.js';
import type { Queryable } from '../../db/database.js';
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from './search-highlights.js';
import { SEARCH_SOURCES, type SearchSource } from './search-sources.js';

export interface SearchRow {
  kind: SearchKind;
  id: string;
  program_id: string | null;
  program_name: string | null;
  title: string;
  title_marked: string;
  snippet_marked: string;
  rank: number;
}

export interface SearchScope {
  /** A tsquery string from prefixTsQuery (never raw input). */
  tsQuery: string;
  kinds: ReadonlySet<SearchKind> | null;
  /** The programs the caller may read; null for all of them. */
  readableProgramIds: readonly string[] | null;
  actorId: string;
  /** The caller triages intake requests (sees everyone's). */
  seesEveryRequest: boolean;
  programId: string | null;
  limit: number;
  offset: number;
}

const READABLE = (program: string) => `($2::uuid[] IS NULL OR ${program} = ANY($2::uuid[]))`;

/** Whose rows of one source the caller sees, and the program they may be shown in. */
function sightOf(s: SearchSource): { where: string; shownProgram: string } {
  const p = s.programId;
  const inProgram = `($5::uuid IS NULL OR ${p} = $5::uuid)`;
  switch (s.sight) {
    case 'program':
      return { where: `${READABLE(p)} AND ${inProgram}`, shownProgram: p };
    case 'program or portfolio':
      return { where: `(${p} IS NULL OR ${READABLE(p)}) AND ${inProgram}`, shownProgram: p };
    case 'own intake requests':
      // A request accepted into a program the caller may not see does not say which.
      return {
        where: `($4::boolean OR t.requester_id = $3::uuid) AND ${inProgram}`,
        shownProgram: `CASE WHEN ${READABLE(p)} THEN ${p} END`,
      };
    case 'directory':
      return { where: '$5::uuid IS NULL', shownProgram: 'NULL::uuid' };
  }
}

function sourceSelect(s: SearchSource): string {
  const sight = sightOf(s);
  return `SELECT '${s.kind}'::text AS kind, t.id, ${sight.shownProgram} AS program_id,
      ${s.title} AS title, coalesce(${s.body}, '') AS body,
      ts_rank(${s.document ?? 't.search_document'}, query.q) AS rank
    FROM ${s.from} CROSS JOIN query
   WHERE (${s.match ?? 't.search_document @@ query.q'}) AND ${sight.where}`;
}

// The markers are passed as parameters; ts_headline's option parser takes them quoted.
const TITLE_OPTIONS = `'StartSel="' || $8::text || '", StopSel="' || $9::text || '", HighlightAll=true'`;
const SNIPPET_OPTIONS = `'StartSel="' || $8::text || '", StopSel="' || $9::text || '", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;
const PLAIN = (text: string) => `translate(${text}, $8::text || $9::text, '')`;

/**
 * One statement for every source: the matches of each (through its GIN index),
 * ranked together, one page cut, and the headlines computed for that page only.
 */
export function searchStatement(scope: SearchScope): { sql: string; params: unknown[] } | null {
  const sources = SEARCH_SOURCES.filter((s) => !scope.kinds || scope.kinds.has(s.kind));
  if (sources.length === 0) return null;
  const sql = `
    WITH query AS (
      -- Every parameter is typed here, whichever sources the query holds.
      SELECT to_tsquery('simple', $1::text) AS q, $2::uuid[] AS readable, $3::uuid AS actor,
             $4::boolean AS triager, $5::uuid AS program
    ),
    hits AS (${sources.map(sourceSelect).join('\n    UNION ALL\n    ')}),
    page AS (SELECT * FROM hits ORDER BY rank DESC, kind, id LIMIT $6 OFFSET $7)
    SELECT page.kind, page.id, page.program_id, p.name AS program_name, page.title,
           page.rank::float8 AS rank,
           ts_headline('simple', ${PLAIN('page.title')}, query.q, ${TITLE_OPTIONS}) AS title_marked,
           ts_headline('simple', ${PLAIN("CASE WHEN btrim(page.body) <> '' THEN page.body ELSE page.title END")},
                       query.q, ${SNIPPET_OPTIONS}) AS snippet_marked
      FROM page CROSS JOIN query
      LEFT JOIN programs p ON p.id = page.program_id
     ORDER BY page.rank DESC, page.kind, page.id`;
  return {
    sql,
    params: [
      scope.tsQuery,
      scope.readableProgramIds,
      scope.actorId,
      scope.seesEveryRequest,
      scope.programId,
      scope.limit,
      scope.offset,
      HIGHLIGHT_START,
      HIGHLIGHT_STOP,
    ],
  };
}

export async function searchRows(db: Queryable, scope: SearchScope): Promise<SearchRow[]> {
  const statement = searchStatement(scope);
  if (!statement) return [];
  return (await db.query<SearchRow>(statement.sql, statement.params)).rows;
}

/** Every program's id: who may read which is programSight's question. */
export async function allProgramIds(db: Queryable): Promise<string[]> {
  return (await db.query<{ id: string }>('SELECT id FROM programs')).rows.map((r) => r.id);
}
