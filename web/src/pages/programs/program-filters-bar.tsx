import { useEffect, useState } from 'react';
import {
  HEALTH_LABEL,
  PROGRAM_HEALTHS,
  PROGRAM_SORTS,
  PROGRAM_STATUSES,
  SORT_LABEL,
  STATUS_LABEL,
} from '../../api/vocabulary';
import type { ProgramFilters } from './program-query';

interface Props {
  filters: ProgramFilters;
  onChange(next: ProgramFilters): void;
}

/** Search, status, health and sort for the program list. Search waits for a pause in typing. */
export function ProgramFiltersBar({ filters, onChange }: Props) {
  const [q, setQ] = useState(filters.q);

  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => {
    if (q === filters.q) return;
    const timer = window.setTimeout(() => onChange({ ...filters, q, page: 1 }), 250);
    return () => window.clearTimeout(timer);
  }, [q, filters, onChange]);

  return (
    <div className="toolbar" role="search" aria-label="Filter programs">
      <div className="toolbar__search">
        <label htmlFor="program-search" className="visually-hidden">
          Search programs
        </label>
        <svg
          viewBox="0 0 20 20"
          width="16"
          height="16"
          aria-hidden="true"
          className="toolbar__search-icon"
        >
          <path
            d="M9 15A6 6 0 109 3a6 6 0 000 12zM13.5 13.5L17 17"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
            strokeLinecap="round"
          />
        </svg>
        <input
          id="program-search"
          type="search"
          placeholder="Search by name or summary"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <div className="toolbar__filter">
        <label htmlFor="program-status-filter">Status</label>
        <select
          id="program-status-filter"
          value={filters.status}
          onChange={(e) =>
            onChange({ ...filters, status: e.target.value as ProgramFilters['status'], page: 1 })
          }
        >
          <option value="">All</option>
          {PROGRAM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__filter">
        <label htmlFor="program-health-filter">Health</label>
        <select
          id="program-health-filter"
          value={filters.health}
          onChange={(e) =>
            onChange({ ...filters, health: e.target.value as ProgramFilters['health'], page: 1 })
          }
        >
          <option value="">All</option>
          {PROGRAM_HEALTHS.map((h) => (
            <option key={h} value={h}>
              {HEALTH_LABEL[h]}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__filter">
        <label htmlFor="program-sort">Sort</label>
        <select
          id="program-sort"
          value={filters.sort}
          onChange={(e) =>
            onChange({ ...filters, sort: e.target.value as ProgramFilters['sort'], page: 1 })
          }
        >
          {PROGRAM_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
