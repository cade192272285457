// The enumerations come from the contracts, so the web, the API and the CLI
// agree on them; only the human labels live here.
export {
  PROGRAM_HEALTHS,
  PROGRAM_SORTS,
  PROGRAM_STATUSES,
} from '../../../contracts/program.schema';
export { TASK_STATES } from '../../../contracts/task.schema';
export { CRITERION_STATES, MILESTONE_STATES } from '../../../contracts/milestone.schema';
export { DEPENDENCY_TYPES } from '../../../contracts/dependency.schema';
export { SKILL_KINDS } from '../../../contracts/person.schema';
import { WRITER_ROLES } from '../../../contracts/account.schema';
import type {
  DependencyType,
  Milestone,
  ProgramHealth,
  ProgramSort,
  ProgramStatus,
  Role,
  SkillKind,
  SuccessCriterion,
  Task,
  TaskState,
} from './types';

export const STATUS_LABEL: Record<ProgramStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  on_hold: 'On hold',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const HEALTH_LABEL: Record<ProgramHealth, string> = {
  green: 'On track',
  amber: 'At risk',
  red: 'Off track',
};

export const TASK_STATE_LABEL: Record<TaskState, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** MS Project's names of a task's scheduling constraint. */
export const TASK_CONSTRAINT_LABEL: Record<NonNullable<Task['constraintType']>, string> = {
  SNET: 'Start no earlier than',
  SNLT: 'Start no later than',
  FNET: 'Finish no earlier than',
  FNLT: 'Finish no later than',
  MSO: 'Must start on',
  MFO: 'Must finish on',
  ALAP: 'As late as possible',
};

export const MILESTONE_STATE_LABEL: Record<Milestone['state'], string> = {
  planned: 'Planned',
  achieved: 'Achieved',
  missed: 'Missed',
};

export const CRITERION_STATE_LABEL: Record<SuccessCriterion['state'], string> = {
  pending: 'Pending',
  met: 'Met',
  not_met: 'Not met',
};

export const DEPENDENCY_TYPE_LABEL: Record<DependencyType, string> = {
  FS: 'Finish → Start',
  SS: 'Start → Start',
  FF: 'Finish → Finish',
  SF: 'Start → Finish',
};

export const SORT_LABEL: Record<ProgramSort, string> = {
  name: 'Name (A–Z)',
  '-name': 'Name (Z–A)',
  targetDate: 'Target date (soonest)',
  '-targetDate': 'Target date (latest)',
  updatedAt: 'Least recently updated',
  '-updatedAt': 'Recently updated',
  status: 'Status',
  '-status': 'Status (reverse)',
};

export const SKILL_KIND_LABEL: Record<SkillKind, string> = {
  skill: 'Skill',
  domain: 'Domain',
};

export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Administrator',
  tpm_manager: 'TPM manager',
  tpm: 'TPM',
  stakeholder: 'Stakeholder',
};

/** A stakeholder reads only; the server enforces it, the UI just hides the controls. */
export function roleMayWrite(role: Role): boolean {
  return WRITER_ROLES.includes(role);
}
