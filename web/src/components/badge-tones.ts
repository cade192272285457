import type {
  DependencyType,
  Milestone,
  ProgramHealth,
  ProgramStatus,
  SuccessCriterion,
  TaskState,
} from '../api/types';
import type { BadgeTone } from './badge';

export const STATUS_TONE: Record<ProgramStatus, BadgeTone> = {
  proposed: 'violet',
  active: 'blue',
  on_hold: 'amber',
  completed: 'green',
  cancelled: 'muted',
};

export const HEALTH_TONE: Record<ProgramHealth, BadgeTone> = {
  green: 'green',
  amber: 'amber',
  red: 'red',
};

export const TASK_STATE_TONE: Record<TaskState, BadgeTone> = {
  todo: 'neutral',
  in_progress: 'blue',
  blocked: 'red',
  done: 'green',
  cancelled: 'muted',
};

export const MILESTONE_STATE_TONE: Record<Milestone['state'], BadgeTone> = {
  planned: 'neutral',
  achieved: 'green',
  missed: 'red',
};

export const CRITERION_STATE_TONE: Record<SuccessCriterion['state'], BadgeTone> = {
  pending: 'neutral',
  met: 'green',
  not_met: 'red',
};

export const DEPENDENCY_TYPE_TONE: Record<DependencyType, BadgeTone> = {
  FS: 'neutral',
  SS: 'neutral',
  FF: 'neutral',
  SF: 'neutral',
};
