import { useState, type FormEvent } from 'react';
import type { CalendarWeek, ProgramCalendar } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from '../program-detail/plan-context';
import {
  minutesToClock,
  parsePeriods,
  WEEKDAY_NAME,
  type TypedPeriod,
  type WeekdayKey,
} from './calendar-time';
import type { ResolvedDay } from './calendar-week';

const NEW_PERIOD: TypedPeriod = { from: '08:00', to: '17:00' };

/**
 * The working week as inputs, a day per line with its periods in HH:MM. Saving sends
 * the whole week with the version read; every day is then stated by this calendar.
 */
export function WeekEditor({
  calendar,
  week,
  onDone,
}: {
  calendar: ProgramCalendar;
  week: ResolvedDay[];
  onDone(): void;
}) {
  const { reloadCalendars } = usePlan();
  const [days, setDays] = useState(() =>
    week.map((d) => ({
      weekday: d.weekday,
      periods: d.periods.map((p) => ({ from: minutesToClock(p.from), to: minutesToClock(p.to) })),
    })),
  );
  const { problem, setProblem, busy, submit } = useFormSubmission([]);
  const [dayProblems, setDayProblems] = useState<Partial<Record<WeekdayKey, string>>>({});

  function change(weekday: WeekdayKey, periods: TypedPeriod[]) {
    setDays((all) => all.map((d) => (d.weekday === weekday ? { ...d, periods } : d)));
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const next: CalendarWeek = {};
    const problems: Partial<Record<WeekdayKey, string>> = {};
    for (const day of days) {
      const parsed = parsePeriods(day.periods, WEEKDAY_NAME[day.weekday]);
      if ('problem' in parsed) problems[day.weekday] = parsed.problem;
      else next[day.weekday] = parsed.periods;
    }
    setDayProblems(problems);
    if (Object.keys(problems).length > 0) {
      setProblem({ byField: {}, general: Object.values(problems), conflict: false });
      return;
    }
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/program-calendars/{id}', {
          params: { path: { id: calendar.id } },
          body: { version: calendar.version, week: next },
        }),
      );
      reloadCalendars();
      onDone();
    });
  }

  return (
    <form
      className="week-editor"
      onSubmit={handleSubmit}
      noValidate
      aria-label={`Working week of ${calendar.name}`}
    >
      <table className="table calendar__week">
        <tbody>
          {days.map((day) => {
            const name = WEEKDAY_NAME[day.weekday];
            return (
              <tr
                key={day.weekday}
                data-testid="week-editor-day"
                className={dayProblems[day.weekday] ? 'is-invalid' : undefined}
              >
                <th scope="row">{name}</th>
                <td>
                  {day.periods.length === 0 ? <span className="muted">Not working</span> : null}
                  {day.periods.map((p, i) => (
                    <span className="week-editor__period" key={i}>
                      <input
                        className="input--clock"
                        aria-label={`${name} period ${i + 1} from`}
                        placeholder="HH:MM"
                        inputMode="numeric"
                        value={p.from}
                        onChange={(ev) =>
                          change(
                            day.weekday,
                            day.periods.map((q, j) =>
                              j === i ? { ...q, from: ev.target.value } : q,
                            ),
                          )
                        }
                      />
                      <span aria-hidden="true">–</span>
                      <input
                        className="input--clock"
                        aria-label={`${name} period ${i + 1} to`}
                        placeholder="HH:MM"
                        inputMode="numeric"
                        value={p.to}
                        onChange={(ev) =>
                          change(
                            day.weekday,
                            day.periods.map((q, j) =>
                              j === i ? { ...q, to: ev.target.value } : q,
                            ),
                          )
                        }
                      />
                      <button
                        type="button"
                        className="button button--ghost button--small button--quiet-danger"
                        aria-label={`Remove ${name} period ${i + 1}`}
                        onClick={() =>
                          change(
                            day.weekday,
                            day.periods.filter((_, j) => j !== i),
                          )
                        }
                      >
                        ×
                      </button>
                    </span>
                  ))}
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={`Add a period on ${name}`}
                    onClick={() => change(day.weekday, [...day.periods, nextPeriod(day.periods)])}
                  >
                    + Period
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                reloadCalendars();
                onDone();
              }
            : undefined
        }
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          Save week
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** After the day's last period, an hour later, or a working day on an empty one. */
function nextPeriod(periods: TypedPeriod[]): TypedPeriod {
  const last = periods[periods.length - 1];
  if (!last) return NEW_PERIOD;
  const end = /^(\d{1,2}):(\d{2})$/.exec(last.to);
  const hour = end ? Number(end[1]) + 1 : 18;
  if (hour >= 23) return { from: '23:00', to: '24:00' };
  return {
    from: `${String(hour).padStart(2, '0')}:00`,
    to: `${String(hour + 1).padStart(2, '0')}:00`,
  };
}
