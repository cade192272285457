import { createContext, useContext } from 'react';
import type { ProgramCalendar, ProgramPlan, User } from '../../api/types';

export interface PlanContextValue {
  plan: ProgramPlan;
  /** Everyone who can own a task. */
  people: User[];
  /** False when the server would refuse a change (a stakeholder, a viewer, a non-member TPM): the page is then read-only. */
  canWrite: boolean;
  /** Fetch the plan again after a change (ours or, after a conflict, someone else's). */
  reload(): void;
  /** The program's working calendars (empty until loaded): a change to one moves the schedule. */
  calendars: ProgramCalendar[];
  reloadCalendars(): void;
}

/** The program page's sections all read the same plan; passing it down by hand would thread it through every level. */
export const PlanContext = createContext<PlanContextValue | null>(null);

export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan outside the program page');
  return value;
}
