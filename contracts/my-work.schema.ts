import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable } from './common.schema.js';

/** How many items of each kind the home page shows; `total` says how many there are. */
export const MY_WORK_LIMIT = 10;

const Section = <T extends Parameters<typeof Type.Array>[0]>(item: T, description: string) =>
  ClosedObject(
    {
      items: Type.Array(item, { maxItems: MY_WORK_LIMIT }),
      total: Type.Integer({
        minimum: 0,
        description: 'All of them, of which the first 10 are listed.',
      }),
    },
    { description },
  );

export const MyTask = ClosedObject({
  id: Id,
  name: Type.String(),
  programId: Id,
  programName: Type.String(),
  state: Type.Enum(['todo', 'in_progress', 'blocked']),
  dueDate: Nullable(IsoDate),
  overdue: Type.Boolean({ description: 'Due before the program’s today and not done.' }),
});

export const MyRequest = ClosedObject({
  id: Id,
  number: Type.Integer({ minimum: 1 }),
  title: Type.String(),
  state: Type.String(),
  submittedAt: Type.String({ format: 'date-time' }),
});

export const DecisionNeeded = ClosedObject({
  id: Id,
  title: Type.String(),
  programId: Nullable(Id, { description: 'null: a portfolio decision.' }),
  programName: Nullable(Type.String()),
  neededBy: Nullable(IsoDate),
  overdue: Type.Boolean(),
});

export const OwnedProgram = ClosedObject({
  id: Id,
  name: Type.String(),
  status: Type.String(),
  targetDate: Nullable(IsoDate),
  health: Type.Enum(['green', 'amber', 'red'], {
    description: 'The health of the latest status report, or else the program’s own.',
  }),
});

export const MyWork = ClosedObject(
  {
    tasks: Section(MyTask, 'Open tasks I own or am assigned to, the soonest due first.'),
    requests: Section(
      MyRequest,
      'Requests waiting on me: assigned to me and not yet answered; for a stakeholder, those I submitted that are still open.',
    ),
    decisionsNeeded: Section(
      DecisionNeeded,
      'Proposed decisions of the programs I own (and, for TPM managers and admins, of the portfolio), the soonest needed first.',
    ),
    programs: Section(OwnedProgram, 'Active programs I own, by name.'),
  },
  { description: 'What is on my plate, for the home page.' },
);
export type MyWork = Static<typeof MyWork>;
