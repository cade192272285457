// The RAID log's enumerations come from the contracts; only the human labels and tones live here.
export { ASSUMPTION_STATUSES } from '../../../../contracts/assumption.schema';
export {
  ESCALATION_LEVELS,
  ISSUE_SEVERITIES,
  ISSUE_STATUSES,
} from '../../../../contracts/program-issue.schema';
export {
  EXTERNAL_DEPENDENCY_KINDS,
  EXTERNAL_DEPENDENCY_STATUSES,
} from '../../../../contracts/external-dependency.schema';
import type { BadgeTone } from '../../components/badge';
import type { Assumption, ExternalDependency, ProgramIssue } from './raid-types';

export const ASSUMPTION_STATUS_LABEL: Record<Assumption['status'], string> = {
  unvalidated: 'Unvalidated',
  valid: 'Valid',
  invalid: 'Invalid',
};
export const ASSUMPTION_STATUS_TONE: Record<Assumption['status'], BadgeTone> = {
  unvalidated: 'neutral',
  valid: 'green',
  invalid: 'red',
};

export const SEVERITY_LABEL: Record<ProgramIssue['severity'], string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};
export const SEVERITY_TONE: Record<ProgramIssue['severity'], BadgeTone> = {
  low: 'muted',
  medium: 'blue',
  high: 'amber',
  critical: 'red',
};
export const ISSUE_STATUS_LABEL: Record<ProgramIssue['status'], string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
};
export const ESCALATION_LABEL: Record<ProgramIssue['escalationLevel'], string> = {
  none: 'Not escalated',
  program: 'Program',
  director: 'Director',
  executive: 'Executive',
};

export const DEPENDENCY_KIND_LABEL: Record<ExternalDependency['kind'], string> = {
  team: 'Team',
  vendor: 'Vendor',
  date: 'Date',
};
export const DEPENDENCY_STATUS_LABEL: Record<ExternalDependency['status'], string> = {
  pending: 'Pending',
  committed: 'Committed',
  at_risk: 'At risk',
  delivered: 'Delivered',
  missed: 'Missed',
};
export const DEPENDENCY_STATUS_TONE: Record<ExternalDependency['status'], BadgeTone> = {
  pending: 'neutral',
  committed: 'blue',
  at_risk: 'amber',
  delivered: 'green',
  missed: 'red',
};

/** Today in the reader's own calendar, `YYYY-MM-DD`: a date before it has passed. */
export function isPast(isoDate: string | null): boolean {
  if (!isoDate) return false;
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return isoDate < today;
}
