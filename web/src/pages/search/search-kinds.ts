import type { paths } from '../../../../contracts/api-client';
import { SEARCH_KINDS, type SearchKind } from '../../../../contracts/search.schema';

export type SearchResults =
  paths['/api/search']['get']['responses'][200]['content']['application/json'];
export type SearchHit = SearchResults['items'][number];
export { SEARCH_KINDS, type SearchKind };

/** How each kind is named in the dropdown's groups and the results page's filters. */
export const SEARCH_KIND_LABEL: Record<SearchKind, string> = {
  program: 'Programs',
  milestone: 'Milestones',
  task: 'Tasks',
  intake_request: 'Requests',
  risk: 'Risks',
  assumption: 'Assumptions',
  issue: 'Issues',
  external_dependency: 'Dependencies',
  decision: 'Decisions',
  change_request: 'Change requests',
  person: 'People',
  status_report: 'Status reports',
  post_mortem: 'Post-mortems',
  action_item: 'Action items',
};

/** The hits grouped by kind, groups in the order of their best hit (the hits come ranked). */
export function groupedByKind(hits: readonly SearchHit[]): [SearchKind, SearchHit[]][] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.kind);
    if (group) group.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  return [...groups];
}

/** The results page's address for a query (and kinds, when narrowed). */
export function searchPagePath(q: string, kinds: readonly SearchKind[] = []): string {
  const params = new URLSearchParams({ q });
  if (kinds.length) params.set('kinds', kinds.join(','));
  return `/search?${params.toString()}`;
}
