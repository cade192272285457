import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { AuditEvents, type AuditQuery } from './audit-events';
import { AuditFilterBar, NO_FILTERS, type AuditFilters } from './audit-filter-bar';

/** The day after `YYYY-MM-DD`, so "to 7 Dec" takes in all of 7 December (UTC). */
function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

function queryOf(filters: AuditFilters): AuditQuery {
  return {
    entityType: filters.entityType.trim() || undefined,
    entityId: filters.entityId.trim() || undefined,
    actorId: filters.actorId || undefined,
    programId: filters.programId || undefined,
    from: filters.fromDay ? `${filters.fromDay}T00:00:00Z` : undefined,
    to: filters.toDay ? dayAfter(filters.toDay) : undefined,
  };
}

/** The audit log, newest first, with filters (admins only, as the API). */
export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const users = useLoad(() => unwrap(api.GET('/api/users')), 'users');
  const programs = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: { limit: 500 } } })),
    'programs',
  );
  const programName = new Map(programs.data?.items.map((p) => [p.id, p.name]));
  const query = queryOf(filters);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Audit log</h1>
          <p className="page-header__lead">
            Every change, newest first: who made it, when, and the values before and after.
          </p>
        </div>
      </header>
      {/* New filters start again from the newest page. */}
      <AuditEvents
        key={JSON.stringify(query)}
        query={query}
        programName={programName}
        toolbar={
          <AuditFilterBar
            value={filters}
            users={users.data?.items ?? []}
            programs={programs.data?.items ?? []}
            onApply={setFilters}
          />
        }
      />
    </div>
  );
}
