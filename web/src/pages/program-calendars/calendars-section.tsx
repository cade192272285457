import { usePlan } from '../program-detail/plan-context';
import { PlanSection } from '../program-detail/plan-section';
import { CalendarCard } from './calendar-card';
import { NewCalendarForm } from './new-calendar-form';
import { ProgramCalendarChoice } from './program-calendar-choice';

/**
 * The working calendars of the program: which one it schedules on, each one's week and
 * exceptions. A change here moves the plan's dates, which the page fetches again.
 */
export function CalendarsSection() {
  const { plan, calendars } = usePlan();
  // The program's own first, then by name: the one that matters most reads first.
  const ordered = [...calendars].sort(
    (a, b) =>
      Number(b.isProgramCalendar) - Number(a.isProgramCalendar) || a.name.localeCompare(b.name),
  );
  return (
    <PlanSection
      id="calendars"
      title="Calendars"
      count={calendars.length}
      itemName="calendar"
      addForm={(onDone) => <NewCalendarForm onDone={onDone} />}
    >
      {/* Keyed by the choice saved, so that a choice made elsewhere (a new calendar) shows.
          Without a calendar there is nothing to choose: the empty text says what applies. */}
      {ordered.length > 0 || plan.program.calendarId ? (
        <ProgramCalendarChoice key={plan.program.calendarId ?? 'standard'} />
      ) : null}
      {ordered.length === 0 ? (
        <p className="empty muted">
          No calendars of its own: the program runs on the organization’s standard week and
          holidays.
        </p>
      ) : (
        <div className="calendars">
          {ordered.map((c) => (
            <CalendarCard key={c.id} calendar={c} />
          ))}
        </div>
      )}
    </PlanSection>
  );
}
