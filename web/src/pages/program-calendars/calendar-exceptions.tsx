import { useState } from 'react';
import type { CalendarException, ProgramCalendar } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { formatDate } from '../../components/format';
import { usePlan } from '../program-detail/plan-context';
import { formatPeriods } from './calendar-time';
import { describeRecurrence } from './exception-recurrence';
import { ExceptionForm } from './exception-form';

type Mode =
  { kind: 'reading' } | { kind: 'adding' } | { kind: 'editing' | 'deleting'; index: number };

/**
 * A calendar's exceptions (holidays, other hours) in date order. The API keeps them as
 * one list, so each change sends the whole list with the calendar's version.
 */
export function CalendarExceptions({ calendar }: { calendar: ProgramCalendar }) {
  const { canWrite, reloadCalendars } = usePlan();
  const [mode, setMode] = useState<Mode>({ kind: 'reading' });
  const rows = calendar.exceptions
    .map((exception, index) => ({ exception, index }))
    .sort((a, b) => a.exception.from.localeCompare(b.exception.from));

  async function save(exceptions: CalendarException[]) {
    await unwrap(
      api.PATCH('/api/program-calendars/{id}', {
        params: { path: { id: calendar.id } },
        body: { version: calendar.version, exceptions },
      }),
    );
    reloadCalendars();
    setMode({ kind: 'reading' });
  }

  return (
    <div className="calendar__exceptions">
      <div className="calendar__subheader">
        <h4>
          {`Exceptions `}
          <span className="count">{calendar.exceptions.length}</span>
        </h4>
        {canWrite && mode.kind === 'reading' ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => setMode({ kind: 'adding' })}
            aria-label={`Add an exception to ${calendar.name}`}
          >
            + Add exception
          </button>
        ) : null}
      </div>
      {mode.kind === 'adding' ? (
        <ExceptionForm
          calendarName={calendar.name}
          onSave={(e) => save([...calendar.exceptions, e])}
          onCancel={() => setMode({ kind: 'reading' })}
          onReload={reloadCalendars}
        />
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">No exceptions: every week is the same.</p>
      ) : (
        <ul className="calendar__exception-list">
          {rows.map(({ exception: e, index }) => (
            <li key={index} data-testid="calendar-exception">
              {mode.kind === 'editing' && mode.index === index ? (
                <ExceptionForm
                  calendarName={calendar.name}
                  exception={e}
                  onSave={(next) =>
                    save(calendar.exceptions.map((old, i) => (i === index ? next : old)))
                  }
                  onCancel={() => setMode({ kind: 'reading' })}
                  onReload={reloadCalendars}
                />
              ) : (
                <div className="calendar__exception">
                  <span className="nowrap">
                    {e.from === e.to
                      ? formatDate(e.from)
                      : `${formatDate(e.from)} – ${formatDate(e.to)}`}
                  </span>
                  <strong>{e.name || 'Unnamed'}</strong>
                  <span className={e.intervals.length === 0 ? 'muted' : undefined}>
                    {e.intervals.length === 0
                      ? 'Not working'
                      : `Working ${formatPeriods(e.intervals)}`}
                  </span>
                  {e.recurrence ? (
                    <span className="muted">{describeRecurrence(e.recurrence, e.occurrences)}</span>
                  ) : null}
                  {canWrite && mode.kind === 'reading' ? (
                    <span className="button-group calendar__actions">
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        onClick={() => setMode({ kind: 'editing', index })}
                        aria-label={`Edit exception ${e.name || e.from}`}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--small button--quiet-danger"
                        onClick={() => setMode({ kind: 'deleting', index })}
                        aria-label={`Delete exception ${e.name || e.from}`}
                      >
                        Delete
                      </button>
                    </span>
                  ) : null}
                </div>
              )}
              {mode.kind === 'deleting' && mode.index === index ? (
                <DeleteConfirmation
                  kind="exception"
                  name={e.name || formatDate(e.from)}
                  consequence="Those days follow the working week again; the schedule is recomputed."
                  onConfirm={() => save(calendar.exceptions.filter((_, i) => i !== index))}
                  onCancel={() => setMode({ kind: 'reading' })}
                  onReload={reloadCalendars}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
