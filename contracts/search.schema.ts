import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable } from './common.schema.js';
import { SEARCH_KINDS, SEARCH_KINDS_PATTERN } from './search-kinds.js';

export { SEARCH_KINDS, SEARCH_KINDS_PATTERN, type SearchKind } from './search-kinds.js';

export const SEARCH_QUERY_MAX_LENGTH = 200;
export const SEARCH_LIMIT_MAX = 50;
/** How deep the pages go: past this many results one should type a better query. */
export const SEARCH_OFFSET_MAX = 1000;

export const SearchQuery = ClosedObject({
  q: Type.String({
    minLength: 1,
    maxLength: SEARCH_QUERY_MAX_LENGTH,
    description:
      'The words to look for (any text). Every word must match; the last one also matches as a prefix ("deliv" finds "delivery").',
  }),
  kinds: Type.Optional(
    Type.String({
      pattern: SEARCH_KINDS_PATTERN,
      maxLength: 300,
      description: `Only these kinds, comma-separated: ${SEARCH_KINDS.join(', ')}.`,
    }),
  ),
  programId: Type.Optional({ ...Id, description: 'Only what belongs to this program.' }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: SEARCH_LIMIT_MAX, default: 20 })),
  cursor: Type.Optional(
    Type.String({
      pattern: '^[0-9]{1,4}$',
      description: 'The nextCursor of the page before; opaque.',
    }),
  ),
});
export type SearchQuery = Static<typeof SearchQuery>;

export const TextRange = ClosedObject({
  start: Type.Integer({ minimum: 0, description: 'Offset in UTF-16 code units.' }),
  length: Type.Integer({ minimum: 1 }),
});
export type TextRange = Static<typeof TextRange>;

export const SearchHit = ClosedObject({
  kind: Type.Enum([...SEARCH_KINDS]),
  id: Id,
  title: Type.String(),
  titleHighlights: Type.Array(TextRange, { description: 'The matched words in the title.' }),
  snippet: Type.String({
    description: 'Plain text around the matches (not HTML); the title when nothing else matched.',
  }),
  highlights: Type.Array(TextRange, { description: 'The matched words in the snippet.' }),
  programId: Nullable(Id, {
    description: 'Null for people, portfolio decisions and requests not (visibly) in a program.',
  }),
  programName: Nullable(Type.String()),
  link: Type.String({ description: 'Where the web app shows it, e.g. /programs/{id}/schedule.' }),
  rank: Type.Number({ description: 'ts_rank of the match; higher is better.' }),
});
export type SearchHit = Static<typeof SearchHit>;

export const SearchResults = ClosedObject({
  items: Type.Array(SearchHit),
  nextCursor: Nullable(Type.String(), { description: 'Pass as cursor for the next page.' }),
});
export type SearchResults = Static<typeof SearchResults>;
