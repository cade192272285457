import type { FieldFlag } from '../../fields.js';

/** The fields a task has in both create and update; `task add` and `task update` accept the same flags. */
export const TASK_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'name', description: 'task name' },
  { field: 'workstreamId', flag: 'workstream', description: 'workstream id' },
  { field: 'milestoneId', flag: 'milestone', description: 'milestone id the task leads to' },
  { field: 'ownerId', description: 'owner user id' },
  { field: 'teamId', description: 'team id' },
  { field: 'estimateHours', kind: 'number', description: 'estimated effort in hours' },
  { field: 'fixedCost', kind: 'number', description: 'fixed cost (planning currency)' },
  {
    field: 'costPerHour',
    kind: 'number',
    description: 'cost per working hour (planning currency)',
  },
  { field: 'startDate', description: 'YYYY-MM-DD' },
  { field: 'dueDate', description: 'YYYY-MM-DD' },
  { field: 'state', description: 'todo | in_progress | blocked | done | cancelled' },
  { field: 'description', description: 'details' },
  { field: 'constraintType', description: 'SNET | SNLT | FNET | FNLT | MSO | MFO | ALAP' },
  { field: 'constraintDate', description: "YYYY-MM-DDTHH:MM:SS on the program's clock" },
  {
    field: 'actualStart',
    description: "YYYY-MM-DDTHH:MM:SS on the program's clock (filled from now when it starts)",
  },
  { field: 'actualFinish', description: "YYYY-MM-DDTHH:MM:SS on the program's clock" },
  { field: 'percentComplete', kind: 'number', description: 'work done, 0–100' },
  {
    field: 'remainingHours',
    kind: 'number',
    description: 'working hours left (default: estimate × (1 − percent))',
  },
];
