import { useSearchParams } from 'react-router';
import type { KpiQuery } from './kpi-types';

const KEYS = ['from', 'to', 'programId', 'personId', 'teamId'] as const;
export type KpiFilterKey = (typeof KEYS)[number];
export type KpiFilterValues = Record<KpiFilterKey, string>;

/**
 * The KPI filters kept in the URL query (`?from=…&personId=me`), so a view can be
 * shared as a link; blank filters are left out of the URL and of the API query.
 */
export function useKpiFilters(): {
  values: KpiFilterValues;
  query: KpiQuery;
  /** The query string to carry to another measures page. */
  search: string;
  set(next: KpiFilterValues): void;
} {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as KpiFilterValues;
  const query: KpiQuery = {};
  for (const k of KEYS) if (values[k]) query[k] = values[k];
  const kept = new URLSearchParams(
    KEYS.filter((k) => values[k]).map((k) => [k, values[k]] as [string, string]),
  ).toString();
  return {
    values,
    query,
    search: kept ? `?${kept}` : '',
    set(next) {
      const entries = KEYS.filter((k) => next[k]).map((k) => [k, next[k]] as [string, string]);
      setParams(new URLSearchParams(entries), { replace: true });
    },
  };
}
