import { compileCalendars } from '../calendar/compile-calendar.js';
import type { WorkingTime } from '../calendar/working-time.js';
import type { ForecastModel } from './forecast-model.js';

// Compiled calendars are objects with methods and closures (a zone's daily
// shift), so they cannot be posted to a worker thread. The model carries the
// definitions; each thread compiles them once per model, keyed by the model's
// `calendarIds` array (one per prepared model, shared by its spread copies).
const compiled = new WeakMap<object, WorkingTime[]>();

/** The calendars this thread already compiled for `model` (prepareForecast's). */
export function registerCalendars(model: ForecastModel, calendars: WorkingTime[]): void {
  compiled.set(model.calendarIds, calendars);
}

/** The model's calendars by index (`model.calendar[j]`), compiled on first use in this thread. */
export function modelCalendars(model: ForecastModel): WorkingTime[] {
  const known = compiled.get(model.calendarIds);
  if (known) return known;
  const { calendars } = compileCalendars(
    model.calendarDefinitions,
    model.projectTimeZone === null ? {} : { projectTimeZone: model.projectTimeZone },
  );
  const list = model.calendarIds.map((id) => {
    const calendar = calendars.get(id);
    if (!calendar) throw new Error(`calendar "${id}" is missing from the forecast model`);
    return calendar;
  });
  compiled.set(model.calendarIds, list);
  return list;
}
