import { useEffect, useState, type ReactNode } from 'react';
import {
  HEALTH_LABEL,
  PROGRAM_HEALTHS,
  PROGRAM_SORTS,
  PROGRAM_STATUSES,
  SORT_LABEL,
  STATUS_LABEL,
} from '../../api/vocabulary';
import { VocabularyOptions } from '../../components/select-field';
import type { ProgramFilters } from './program-query';

interface Props {
  filters: ProgramFilters;
  onChange(next: ProgramFilters): void;
}

interface ToolbarFilterProps<V extends string> {
  id: string;
  label: string;
  value: V;
  onChange(value: NoInfer<V>): void;
  children: ReactNode;
}

/** A select with its label beside it; a toolbar has no room for hints or errors, so no `Field`. */
function ToolbarFilter<V extends string>({
  id,
  label,
  value,
  onChange,
  children,
}: ToolbarFilterProps<V>) {
  return (
    <div className="toolbar__filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {children}
      </select>
    </div>
  );
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

  // Another filter or order starts again at the first page: the page we were on may no longer exist.
  const choose = (patch: Partial<ProgramFilters>) => onChange({ ...filters, ...patch, page: 1 });

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
      <ToolbarFilter
        id="program-status-filter"
        label="Status"
        value={filters.status}
        onChange={(status) => choose({ status })}
      >
        <option value="">All</option>
        <VocabularyOptions values={PROGRAM_STATUSES} labels={STATUS_LABEL} />
      </ToolbarFilter>
      <ToolbarFilter
        id="program-health-filter"
        label="Health"
        value={filters.health}
        onChange={(health) => choose({ health })}
      >
        <option value="">All</option>
        <VocabularyOptions values={PROGRAM_HEALTHS} labels={HEALTH_LABEL} />
      </ToolbarFilter>
      <ToolbarFilter
        id="program-sort"
        label="Sort"
        value={filters.sort}
        onChange={(sort) => choose({ sort })}
      >
        <VocabularyOptions values={PROGRAM_SORTS} labels={SORT_LABEL} />
      </ToolbarFilter>
    </div>
  );
}
