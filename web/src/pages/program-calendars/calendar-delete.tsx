import { useState } from 'react';
import type { ProgramCalendar } from '../../api/types';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { usePlan } from '../program-detail/plan-context';

/**
 * Deleting a calendar: first as asked; when the server says something runs on it
 * (in_use), the uses are shown and the person may delete it anyway, which puts them
 * back on the program's calendar.
 */
export function CalendarDelete({
  calendar,
  onDone,
}: {
  calendar: ProgramCalendar;
  onDone(): void;
}) {
  const { reload, reloadCalendars } = usePlan();
  const [uses, setUses] = useState<string | null>(null);

  async function remove(detach: boolean) {
    await unwrap(
      api.DELETE('/api/program-calendars/{id}', {
        params: {
          path: { id: calendar.id },
          query: { version: calendar.version, ...(detach ? { detach: true } : {}) },
        },
      }),
    );
    // The program's calendar may have gone back to the organization's week.
    reload();
    reloadCalendars();
  }

  if (uses !== null) {
    return (
      // Keyed apart from the first step, whose busy state must not carry over.
      <DeleteConfirmation
        key="in-use"
        kind="calendar in use"
        name={calendar.name}
        consequence={`In use: ${uses}. Deleting it anyway puts them back on the program’s calendar (the organization’s standard week if this was the program’s) and recomputes the schedule.`}
        onConfirm={() => remove(true)}
        onCancel={onDone}
        onReload={reloadCalendars}
      />
    );
  }
  return (
    <DeleteConfirmation
      key="first"
      kind="calendar"
      name={calendar.name}
      consequence={
        calendar.isProgramCalendar
          ? 'The program runs on it: it would go back to the organization’s standard week.'
          : 'Its week and exceptions go with it.'
      }
      onConfirm={async () => {
        try {
          await remove(false);
        } catch (error) {
          const problem = asProblem(error);
          if (problem.code !== 'in_use') throw error;
          setUses(problem.issues.map((i) => i.message).join('; ') || problem.message);
        }
      }}
      onCancel={onDone}
      onReload={reloadCalendars}
    />
  );
}
