import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { formatInstant } from '../../components/format';
import { changedFields } from './audit-changes';
import { AuditFilterBar, NO_FILTERS, type AuditFilters } from './audit-filter-bar';
import './audit.css';

const PAGE_SIZE = 25;
const COLUMNS = 6;

/** The day after `YYYY-MM-DD`, so "to 7 Dec" takes in all of 7 December (UTC). */
function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

function queryOf(filters: AuditFilters, before: string | undefined) {
  return {
    entityType: filters.entityType.trim() || undefined,
    entityId: filters.entityId.trim() || undefined,
    actorId: filters.actorId || undefined,
    programId: filters.programId || undefined,
    from: filters.fromDay ? `${filters.fromDay}T00:00:00Z` : undefined,
    to: filters.toDay ? dayAfter(filters.toDay) : undefined,
    before,
    // One more than a page: whether it comes back says if there is a next page.
    limit: PAGE_SIZE + 1,
  };
}

/** JSON as text in a <pre>: React escapes it, so stored markup never becomes HTML. */
function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="audit-json">
      <span className="muted">{label}</span>
      <pre>{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/** The audit log, newest first, with filters (admins only, as the API). */
export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  // The `before` cursor of each page we walked through; the last one is the page shown.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  const query = queryOf(filters, before);
  const events = useLoad(
    () => unwrap(api.GET('/api/audit', { params: { query } })),
    JSON.stringify(query),
  );
  const users = useLoad(() => unwrap(api.GET('/api/users')), 'users');
  const programs = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: { limit: 500 } } })),
    'programs',
  );
  const programName = new Map(programs.data?.items.map((p) => [p.id, p.name]));
  const items = events.data?.items.slice(0, PAGE_SIZE) ?? [];
  const hasNext = (events.data?.items.length ?? 0) > PAGE_SIZE;

  const apply = (next: AuditFilters) => {
    setFilters(next);
    setCursors([undefined]);
  };

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
      {events.problem ? (
        <FormAlert messages={[events.problem.message]} onReload={events.reload} />
      ) : null}
      <section className="card card--flush" aria-labelledby="audit-title">
        <h2 id="audit-title" className="visually-hidden">
          Events
        </h2>
        <AuditFilterBar
          value={filters}
          users={users.data?.items ?? []}
          programs={programs.data?.items ?? []}
          onApply={apply}
        />
        <div className="table-wrap">
          <table className="table" data-testid="audit-table">
            <thead>
              <tr>
                <th className="numeric">#</th>
                <th>When</th>
                <th>Who</th>
                <th>What</th>
                <th>Program</th>
                <th>Changes</th>
              </tr>
            </thead>
            <tbody>
              {events.data && items.length === 0 ? (
                <tr>
                  <td colSpan={COLUMNS} className="empty muted">
                    No events match these filters.
                  </td>
                </tr>
              ) : null}
              {items.map((e) => {
                const changes = changedFields(e.before, e.after);
                return (
                  <tr key={e.id} data-event={e.id}>
                    <td className="numeric">{e.id}</td>
                    <td className="nowrap">{formatInstant(e.at)}</td>
                    <td>{e.actorEmail ?? <span className="muted">system</span>}</td>
                    <td>
                      <span className="table__title">
                        {e.action} {e.entityType.replace(/_/g, ' ')}
                      </span>
                      <div className="muted audit-id">{e.entityId}</div>
                    </td>
                    <td>{e.programId ? (programName.get(e.programId) ?? e.programId) : '—'}</td>
                    <td className="audit-changes">
                      {changes.length > 0 ? (
                        <ul>
                          {changes.map((c) => (
                            <li key={c.field}>
                              <code>{c.field}</code> {c.before} → {c.after}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      <details>
                        <summary>Before and after</summary>
                        <Json label="Before" value={e.before} />
                        <Json label="After" value={e.after} />
                      </details>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <nav className="pagination" aria-label="Pages">
          <span className="pagination__summary" aria-live="polite">
            {events.loading ? 'Loading…' : `Page ${cursors.length}`}
          </span>
          <div className="pagination__buttons">
            <button
              type="button"
              className="button button--small"
              disabled={cursors.length <= 1}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              Newer
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={!hasNext}
              onClick={() => setCursors([...cursors, items[items.length - 1]?.id])}
            >
              Older
            </button>
          </div>
        </nav>
      </section>
    </div>
  );
}
