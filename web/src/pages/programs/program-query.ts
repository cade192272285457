import type { ProgramHealth, ProgramListQuery, ProgramSort, ProgramStatus } from '../../api/types';
import { PROGRAM_HEALTHS, PROGRAM_SORTS, PROGRAM_STATUSES } from '../../api/vocabulary';

export const PAGE_SIZE = 20;

/** The list's filters live in the URL, so a filtered view can be bookmarked and shared. */
export interface ProgramFilters {
  q: string;
  status: ProgramStatus | '';
  health: ProgramHealth | '';
  sort: ProgramSort;
  page: number;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

export function filtersFromParams(params: URLSearchParams): ProgramFilters {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    status: oneOf(PROGRAM_STATUSES, params.get('status')),
    health: oneOf(PROGRAM_HEALTHS, params.get('health')),
    sort: oneOf(PROGRAM_SORTS, params.get('sort')) || 'name',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function paramsFromFilters(filters: ProgramFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.health) params.set('health', filters.health);
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function listQueryOf(filters: ProgramFilters): ProgramListQuery {
  const query: ProgramListQuery = {
    sort: filters.sort,
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.status) query.status = filters.status;
  if (filters.health) query.health = filters.health;
  return query;
}
