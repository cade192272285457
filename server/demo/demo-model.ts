import type { Role } from '../../contracts/account.schema.js';
import type { DEPENDENCY_TYPES } from '../../contracts/dependency.schema.js';
import type { CRITERION_STATES, MILESTONE_STATES } from '../../contracts/milestone.schema.js';
import type { PROGRAM_HEALTHS, PROGRAM_STATUSES } from '../../contracts/program.schema.js';
import type { TASK_STATES } from '../../contracts/task.schema.js';

// The demo organization as plain data. Everything refers to everything else by
// symbolic key ('dr.inventory', 'diego', 'platform'); the writer turns keys into ids.
// Keys of tasks and milestones share one namespace, so a dependency end is just a key.

/** Working minutes in a day: the seeds' 8-hour working day. */
export const WORKING_MINUTES_PER_DAY = 480;

export type CareerTrack = 'product_tpm' | 'engineering_tpm' | 'it_pmo' | 'partner';

export interface DemoTeam {
  key: string;
  name: string;
  description: string;
}

export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  role: Exclude<Role, 'admin'>;
  title: string;
  track: CareerTrack;
  /** Job grade of the career ladder (5-11); null for partners outside the ladder. */
  grade: number | null;
  teamKey: string;
  managerKey: string | null;
}

export interface DemoWorkstream {
  key: string;
  name: string;
  description: string;
  leadKey: string;
}

export interface DemoCriterion {
  description: string;
  state: (typeof CRITERION_STATES)[number];
  evidenceUrl: string | null;
}

export interface DemoMilestone {
  key: string;
  workstreamKey: string;
  name: string;
  description: string;
  dueDate: string;
  state: (typeof MILESTONE_STATES)[number];
  criteria: DemoCriterion[];
}

export interface DemoTask {
  key: string;
  workstreamKey: string;
  milestoneKey: string | null;
  name: string;
  description: string;
  ownerKey: string;
  teamKey: string;
  estimateHours: number;
  startDate: string;
  dueDate: string;
  state: (typeof TASK_STATES)[number];
}

export interface DemoDependency {
  /** Key of a task or milestone. */
  predecessor: string;
  successor: string;
  type: (typeof DEPENDENCY_TYPES)[number];
  lagMinutes: number;
}

export interface DemoProgram {
  key: string;
  name: string;
  summary: string;
  ownerKey: string;
  /** A stakeholder; the program stores the sponsor's name. */
  sponsorKey: string;
  status: (typeof PROGRAM_STATUSES)[number];
  health: (typeof PROGRAM_HEALTHS)[number];
  startDate: string;
  targetDate: string;
  budgetCents: number;
  currency: string;
  /** Members only: its owner, workstream leads (editors) and sponsor (viewer) see it. */
  visibility?: 'members';
  workstreams: DemoWorkstream[];
  milestones: DemoMilestone[];
  tasks: DemoTask[];
  /** Dependencies between items of this program. */
  dependencies: DemoDependency[];
}

export interface DemoOrganization {
  /** The calendar date the plan is laid out around. */
  today: string;
  teams: DemoTeam[];
  people: DemoPerson[];
  programs: DemoProgram[];
  /** Every dependency: those inside each program, then those across programs. */
  dependencies: DemoDependency[];
}

/** A dependency with its lag given in working days. */
export function link(
  predecessor: string,
  successor: string,
  type: DemoDependency['type'] = 'FS',
  lagDays = 0,
): DemoDependency {
  return { predecessor, successor, type, lagMinutes: lagDays * WORKING_MINUTES_PER_DAY };
}

/** A success criterion; evidence links point at fictional documents. */
export function criterion(
  description: string,
  state: DemoCriterion['state'] = 'pending',
  evidenceUrl: string | null = null,
): DemoCriterion {
  return { description, state, evidenceUrl };
}
