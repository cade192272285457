import { parseNumber, type FieldFlag } from '../../fields.js';

/** The fields of a risk in the register, as add and update take them. */
export const RISK_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'what might happen' },
  { field: 'description', nullable: true, description: 'more about the risk' },
  { field: 'ownerId', flag: 'owner', nullable: true, description: 'the user who owns it' },
  {
    field: 'category',
    description: 'schedule, technical, resource, vendor, scope, budget, compliance or other',
  },
  { field: 'status', description: 'open, mitigating, occurred or closed' },
  { field: 'response', nullable: true, description: 'avoid, mitigate, transfer or accept' },
  { field: 'probability', kind: 'number', description: 'chance it happens, 0 to 1' },
  { field: 'impact', kind: 'number', description: 'impact on the 5×5 scale, 1 to 5' },
  {
    field: 'mitigation',
    nullable: true,
    description: 'the plan to make it less likely or smaller',
  },
  {
    field: 'mitigationDueDate',
    flag: 'mitigation-due',
    nullable: true,
    description: 'when the mitigation is due, YYYY-MM-DD',
  },
  { field: 'contingency', nullable: true, description: 'what to do if it happens' },
  { field: 'trigger', nullable: true, description: 'the sign that it is happening' },
  {
    field: 'proximityDate',
    flag: 'proximity',
    nullable: true,
    description: 'when it could start to happen, YYYY-MM-DD',
  },
  {
    field: 'reviewDate',
    flag: 'review',
    nullable: true,
    description: 'when to review it next, YYYY-MM-DD',
  },
  { field: 'delayHours', kind: 'number', description: 'working hours it adds to each task named' },
  {
    field: 'delayOptimisticHours',
    flag: 'delay-low',
    description: 'three-point delay: the least, in working hours; "none" clears it',
    toValue: ([text]) => (text === 'none' ? null : (parseNumber(text!) ?? text)),
  },
  {
    field: 'delayPessimisticHours',
    flag: 'delay-high',
    description: 'three-point delay: the most, in working hours; "none" clears it',
    toValue: ([text]) => (text === 'none' ? null : (parseNumber(text!) ?? text)),
  },
  {
    field: 'cost',
    description: 'what it would cost if it happens; "none" clears it',
    // A typo reaches the API as text, which names the field in its refusal.
    toValue: ([text]) => (text === 'none' ? null : (parseNumber(text!) ?? text)),
  },
  {
    field: 'taskIds',
    flag: 'task',
    repeatable: true,
    description: 'a task it would delay; replaces the list on update',
  },
];
