import {
  SEARCH_LIMIT_MAX,
  SEARCH_OFFSET_MAX,
  type SearchHit,
  type SearchKind,
  type SearchQuery,
  type SearchResults,
} from '../../../contracts/search.schema.js';
import type { Database } from '../../db/database.js';
import type { RequestContext } from '../../request-context.js';
import { seesEveryProgram } from '../access/program-access-policy.js';
import { programSight } from '../access/program-sight.js';
import { isTriager } from '../intake/request.service.js';
import { highlightedText } from './search-highlights.js';
import { SEARCH_SOURCE_BY_KIND } from './search-sources.js';
import { prefixTsQuery } from './search-terms.js';
import { allProgramIds, searchRows, type SearchRow } from './search.repository.js';

const DEFAULT_LIMIT = 20;
const EMPTY: SearchResults = { items: [], nextCursor: null };

function toHit(r: SearchRow): SearchHit {
  const title = highlightedText(r.title_marked);
  const snippet = highlightedText(r.snippet_marked);
  const programId = r.program_id;
  return {
    kind: r.kind,
    id: r.id,
    title: title.text,
    titleHighlights: title.highlights,
    snippet: snippet.text,
    highlights: snippet.highlights,
    programId,
    programName: programId ? r.program_name : null,
    link: SEARCH_SOURCE_BY_KIND.get(r.kind)!.link({ id: r.id, programId }),
    rank: r.rank,
  };
}

/**
 * Search across the registers: only what the caller may see (programSight for
 * everything under a program, the intake rule for requests, the open directory
 * for people), ranked together in one query.
 */
export function createSearchService(db: Database) {
  /** The programs the caller may read; null when that is every one of them. */
  async function readablePrograms(ctx: RequestContext): Promise<string[] | null> {
    if (ctx.actor && seesEveryProgram(ctx.actor.role)) return null;
    const [ids, sight] = await Promise.all([allProgramIds(db), programSight(db, ctx.actor)]);
    return ids.filter((id) => sight.canRead(id));
  }

  return {
    async search(ctx: RequestContext, query: SearchQuery): Promise<SearchResults> {
      const tsQuery = prefixTsQuery(query.q);
      if (tsQuery === null || !ctx.actor) return EMPTY;
      const limit = Math.min(query.limit ?? DEFAULT_LIMIT, SEARCH_LIMIT_MAX);
      const offset = query.cursor ? Number(query.cursor) : 0;
      if (offset > SEARCH_OFFSET_MAX) return EMPTY;
      const kinds = query.kinds ? new Set(query.kinds.split(',') as SearchKind[]) : null;
      const rows = await searchRows(db, {
        tsQuery,
        kinds,
        readableProgramIds: await readablePrograms(ctx),
        actorId: ctx.actor.id,
        seesEveryRequest: isTriager(ctx),
        programId: query.programId ?? null,
        limit: limit + 1,
        offset,
      });
      const more = rows.length > limit && offset + limit <= SEARCH_OFFSET_MAX;
      return {
        items: rows.slice(0, limit).map(toHit),
        nextCursor: more ? String(offset + limit) : null,
      };
    },
  };
}
