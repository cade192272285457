import { useState, type ReactNode } from 'react';
import type { paths } from '../../../../contracts/api-client';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { formatInstant } from '../../components/format';
import { changedFields } from './audit-changes';
import './audit.css';

const PAGE_SIZE = 25;

/** What narrows the events (the paging cursor and size are this component's own). */
export type AuditQuery = Omit<
  NonNullable<paths['/api/audit']['get']['parameters']['query']>,
  'before' | 'limit'
>;

/** JSON as text in a <pre>: React escapes it, so stored markup never becomes HTML. */
function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="audit-json">
      <span className="muted">{label}</span>
      <pre>{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

interface AuditEventsProps {
  query: AuditQuery;
  /** Names for the Program column; without it (one program's log) the column is left out. */
  programName?: Map<string, string>;
  /** Shown above the table, e.g. the filters. */
  toolbar?: ReactNode;
}

/**
 * Audit events newest first, a page at a time (Newer/Older by cursor), each with
 * the fields it changed and the whole before/after a click away. Used by the
 * admin's log and by a program's own log, so both read alike. Give it a `key`
 * that changes with `query` to start again from the newest page.
 */
export function AuditEvents({ query, programName, toolbar }: AuditEventsProps) {
  // The `before` cursor of each page we walked through; the last one is the page shown.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  // One more than a page: whether it comes back says if there is a next page.
  const request = { ...query, before, limit: PAGE_SIZE + 1 };
  const events = useLoad(
    () => unwrap(api.GET('/api/audit', { params: { query: request } })),
    JSON.stringify(request),
  );
  const items = events.data?.items.slice(0, PAGE_SIZE) ?? [];
  const hasNext = (events.data?.items.length ?? 0) > PAGE_SIZE;
  const columns = programName ? 6 : 5;

  return (
    <>
      {events.problem ? (
        <FormAlert messages={[events.problem.message]} onReload={events.reload} />
      ) : null}
      <section className="card card--flush" aria-labelledby="audit-title">
        <h2 id="audit-title" className="visually-hidden">
          Events
        </h2>
        {toolbar}
        <div className="table-wrap">
          <table className="table" data-testid="audit-table">
            <thead>
              <tr>
                <th className="numeric">#</th>
                <th>When</th>
                <th>Who</th>
                <th>What</th>
                {programName ? <th>Program</th> : null}
                <th>Changes</th>
              </tr>
            </thead>
            <tbody>
              {events.data && items.length === 0 ? (
                <tr>
                  <td colSpan={columns} className="empty muted">
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
                    {programName ? (
                      <td>{e.programId ? (programName.get(e.programId) ?? e.programId) : '—'}</td>
                    ) : null}
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
    </>
  );
}
