import { useState } from 'react';
import type { ProgramCalendar } from '../../api/types';
import { Badge } from '../../components/badge';
import { usePlan } from '../program-detail/plan-context';
import { CalendarDelete } from './calendar-delete';
import { CalendarExceptions } from './calendar-exceptions';
import { formatPeriods, WEEKDAY_NAME, workingHours } from './calendar-time';
import { resolveWeek } from './calendar-week';
import { WeekEditor } from './week-editor';

/** One calendar: its working week Mon–Sun and its exceptions; a writer edits or deletes it. */
export function CalendarCard({ calendar }: { calendar: ProgramCalendar }) {
  const { calendars, canWrite } = usePlan();
  const [mode, setMode] = useState<'reading' | 'editing-week' | 'deleting'>('reading');
  const base = calendars.find((c) => c.id === calendar.baseCalendarId);
  const week = resolveWeek(calendar, calendars);
  const titleId = `calendar-${calendar.id}-title`;
  return (
    <section className="calendar" aria-labelledby={titleId} data-testid="calendar-card">
      <div className="calendar__header">
        <h3 id={titleId}>{calendar.name}</h3>
        {calendar.isProgramCalendar ? <Badge tone="blue">Program calendar</Badge> : null}
        {base ? <span className="muted">{`Based on ${base.name}`}</span> : null}
        {calendar.timeZone ? <span className="muted">{calendar.timeZone}</span> : null}
        {calendar.uid !== null ? (
          <span className="muted">{`MS Project UID ${calendar.uid}`}</span>
        ) : null}
        {canWrite && mode === 'reading' ? (
          <div className="button-group calendar__actions">
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setMode('editing-week')}
              aria-label={`Edit working week of ${calendar.name}`}
            >
              Edit week
            </button>
            <button
              type="button"
              className="button button--ghost button--small button--quiet-danger"
              onClick={() => setMode('deleting')}
              aria-label={`Delete calendar ${calendar.name}`}
            >
              Delete
            </button>
          </div>
        ) : null}
      </div>
      {mode === 'deleting' ? (
        <CalendarDelete calendar={calendar} onDone={() => setMode('reading')} />
      ) : null}
      {mode === 'editing-week' ? (
        <WeekEditor calendar={calendar} week={week} onDone={() => setMode('reading')} />
      ) : (
        <table className="table calendar__week" aria-label={`Working week of ${calendar.name}`}>
          <tbody>
            {week.map((day) => (
              <tr key={day.weekday} data-testid="calendar-day">
                <th scope="row">{WEEKDAY_NAME[day.weekday]}</th>
                <td className={day.periods.length === 0 ? 'muted' : undefined}>
                  {formatPeriods(day.periods)}
                  {day.inherited && base ? <span className="table__sub">From the base</span> : null}
                </td>
                <td className="numeric muted">
                  {day.periods.length > 0 ? `${workingHours(day.periods)} h` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CalendarExceptions calendar={calendar} />
    </section>
  );
}
