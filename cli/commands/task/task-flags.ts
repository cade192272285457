import type { FieldFlag } from '../../fields.js';
import { OUTLINE_FLAGS, TASK_TIMING_FLAGS } from './outline-flags.js';

/**
 * The fields a task has in both create and update; `task add` and `task update`
 * accept the same flags. The nullable ones take `none` to unset them.
 */
export const TASK_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'name', description: 'task name' },
  { field: 'workstreamId', flag: 'workstream', nullable: true, description: 'workstream id' },
  {
    field: 'milestoneId',
    flag: 'milestone',
    nullable: true,
    description: 'milestone id the task leads to',
  },
  { field: 'ownerId', nullable: true, description: 'owner user id' },
  { field: 'teamId', nullable: true, description: 'team id' },
  {
    field: 'estimateHours',
    kind: 'number',
    nullable: true,
    description: 'estimated effort in hours',
  },
  {
    field: 'estimateOptimisticHours',
    kind: 'number',
    nullable: true,
    description: 'best-case effort in hours (forecasts)',
  },
  {
    field: 'estimatePessimisticHours',
    kind: 'number',
    nullable: true,
    description: 'worst-case effort in hours (forecasts)',
  },
  {
    field: 'fixedCost',
    kind: 'number',
    nullable: true,
    description: 'fixed cost (planning currency)',
  },
  {
    field: 'costPerHour',
    kind: 'number',
    nullable: true,
    description: 'cost per working hour (planning currency)',
  },
  { field: 'startDate', nullable: true, description: 'YYYY-MM-DD' },
  { field: 'dueDate', nullable: true, description: 'YYYY-MM-DD' },
  { field: 'state', description: 'todo | in_progress | blocked | done | cancelled' },
  { field: 'description', description: 'details' },
  {
    field: 'constraintType',
    nullable: true,
    description: 'SNET | SNLT | FNET | FNLT | MSO | MFO | ALAP',
  },
  {
    field: 'constraintDate',
    nullable: true,
    description: "YYYY-MM-DDTHH:MM:SS on the program's clock",
  },
  {
    field: 'actualStart',
    nullable: true,
    description: "YYYY-MM-DDTHH:MM:SS on the program's clock (filled from now when it starts)",
  },
  {
    field: 'actualFinish',
    nullable: true,
    description: "YYYY-MM-DDTHH:MM:SS on the program's clock",
  },
  { field: 'percentComplete', kind: 'number', description: 'work done, 0–100' },
  {
    field: 'remainingHours',
    kind: 'number',
    nullable: true,
    description: 'working hours left (default: estimate × (1 − percent))',
  },
  ...OUTLINE_FLAGS,
  ...TASK_TIMING_FLAGS,
];
