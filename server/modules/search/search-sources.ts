import type { SearchKind } from '../../../contracts/search.schema.js';

/**
 * Everything search looks in, one entry per kind. A source names its table (alias
 * `t`, with a `search_document` tsvector column and a GIN index on it), the SQL of
 * its title and body text, its program, who may see a row, and its web path.
 * Adding a kind (status reports, post-mortems, action items) is adding an entry
 * here and its name to SEARCH_KINDS; the query (search.repository.ts) is built
 * from the entries as one UNION ALL.
 *
 * The fragments are constant SQL (never user input). In them, `query.q` is the
 * tsquery, `$2` the programs the caller may read (NULL: all of them), `$3` the
 * caller's id and `$4` whether the caller triages intake requests.
 */
export interface SearchSource {
  kind: SearchKind;
  /** FROM clause whose main table is aliased `t`. */
  from: string;
  title: string;
  /** The text of the snippet: description, notes; '' when there is none. */
  body: string;
  /** The program the row belongs to (uuid), or NULL::uuid. */
  programId: string;
  /** Who sees a row, beyond the program rule the repository applies to programId. */
  sight: 'program' | 'program or portfolio' | 'own intake requests' | 'directory';
  /** Matches the row; defaults to `t.search_document @@ query.q` (the GIN index). */
  match?: string;
  /** What ts_rank ranks on; defaults to `t.search_document`. */
  document?: string;
  link(hit: { id: string; programId: string | null }): string;
}

const governance = (h: { programId: string | null }) =>
  h.programId ? `/programs/${h.programId}/governance` : '/governance';
const schedule = (h: { programId: string | null }) => `/programs/${h.programId}/schedule`;

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    kind: 'program',
    from: 'programs t',
    title: 't.name',
    body: "t.summary || CASE WHEN t.sponsor <> '' THEN ' Sponsor: ' || t.sponsor ELSE '' END",
    programId: 't.id',
    sight: 'program',
    link: (h) => `/programs/${h.id}`,
  },
  {
    kind: 'milestone',
    from: 'milestones t',
    title: 't.name',
    body: 't.description',
    programId: 't.program_id',
    sight: 'program',
    link: schedule,
  },
  {
    kind: 'task',
    from: 'tasks t',
    title: 't.name',
    body: 't.description',
    programId: 't.program_id',
    sight: 'program',
    link: schedule,
  },
  {
    kind: 'intake_request',
    from: 'intake_requests t',
    title: "'#' || t.number || ' ' || t.title",
    body: "concat_ws(' ', nullif(t.problem, ''), nullif(t.desired_outcome, ''), nullif(t.business_value, ''))",
    programId: 't.program_id',
    sight: 'own intake requests',
    link: (h) => `/intake/requests/${h.id}`,
  },
  {
    kind: 'risk',
    from: 'program_risks t',
    title: 't.title',
    body: "concat_ws(' ', nullif(t.description, ''), nullif(t.mitigation, ''), nullif(t.contingency, ''))",
    programId: 't.program_id',
    sight: 'program',
    link: governance,
  },
  {
    kind: 'assumption',
    from: 'program_assumptions t',
    title: 't.statement',
    body: "concat_ws(' ', nullif(t.description, ''), nullif(t.note, ''))",
    programId: 't.program_id',
    sight: 'program',
    link: governance,
  },
  {
    kind: 'issue',
    from: 'program_issues t',
    title: 't.title',
    body: 't.description',
    programId: 't.program_id',
    sight: 'program',
    link: governance,
  },
  {
    kind: 'external_dependency',
    from: 'external_dependencies t',
    title: 't.title',
    body: "concat_ws(' ', nullif(t.description, ''), nullif(t.party, ''))",
    programId: 't.program_id',
    sight: 'program',
    link: governance,
  },
  {
    kind: 'decision',
    from: 'decisions t',
    title: 't.title',
    body: "concat_ws(' ', nullif(t.context, ''), nullif(t.decision, ''))",
    programId: 't.program_id',
    sight: 'program or portfolio',
    link: governance,
  },
  {
    kind: 'change_request',
    from: 'change_requests t',
    title: "'CR-' || t.number || ' ' || t.title",
    body: "concat_ws(' ', t.reason, nullif(t.decision_reason, ''))",
    programId: 't.program_id',
    sight: 'program',
    link: (h) => `/programs/${h.programId}/change-requests/${h.id}`,
  },
  {
    // The directory (name, job title, skills) is open to every account; nothing
    // of a personal record is searched. Deactivated accounts are left out.
    kind: 'person',
    from: 'users t',
    title: 't.name',
    body: 't.title',
    programId: 'NULL::uuid',
    sight: 'directory',
    // The skills subquery reads the query itself, so it is uncorrelated: run once
    // (through person_skills_search) and hashed, not once per person.
    match: `t.active AND (t.search_document @@ query.q OR t.id IN (
      SELECT s.user_id FROM person_skills s, query sq WHERE to_tsvector('simple', s.name) @@ sq.q))`,
    document: `t.search_document || setweight(to_tsvector('simple', coalesce(
      (SELECT string_agg(s.name, ' ') FROM person_skills s WHERE s.user_id = t.id), '')), 'C')`,
    link: (h) => `/team/people/${h.id}`,
  },
  {
    // Drafts are seen only by those who change the program: search finds published ones.
    kind: 'status_report',
    from: 'status_reports t',
    title: 't.title',
    body: "concat_ws(' ', nullif(t.summary, ''), nullif(t.asks, ''))",
    programId: 't.program_id',
    sight: 'program',
    match: "t.status = 'published' AND t.search_document @@ query.q",
    link: (h) => `/status-reports/${h.id}`,
  },
  {
    kind: 'post_mortem',
    from: 'post_mortems t',
    title: 't.title',
    body: "''",
    programId: 't.program_id',
    sight: 'program',
    link: (h) => `/post-mortems/${h.id}`,
  },
  {
    // A portfolio action item (of no program) is seen by everyone signed in.
    kind: 'action_item',
    from: 'action_items t',
    title: 't.title',
    body: "coalesce(t.notes, '')",
    programId: 't.program_id',
    sight: 'program or portfolio',
    link: () => '/action-items',
  },
];

export const SEARCH_SOURCE_BY_KIND = new Map(SEARCH_SOURCES.map((s) => [s.kind, s]));
