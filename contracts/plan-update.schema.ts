import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable } from './common.schema.js';
import { ImportWarning, PlanImportQuery } from './plan-transfer.schema.js';

/** Updating a program from its plan file (matched by UID): a preview, then an apply. */

export const PlanUpdatePreviewQuery = ClosedObject({ format: PlanImportQuery.properties.format });
export type PlanUpdatePreviewQuery = Static<typeof PlanUpdatePreviewQuery>;

export const PlanUpdateApplyQuery = ClosedObject({
  format: PlanImportQuery.properties.format,
  programVersion: Type.Integer({
    minimum: 1,
    // The column is a PostgreSQL integer.
    maximum: 2147483647,
    description:
      "The program's version the preview was computed against; a program changed since is refused (409 version_conflict).",
  }),
});
export type PlanUpdateApplyQuery = Static<typeof PlanUpdateApplyQuery>;

const FieldValue = Nullable(Type.Union([Type.String(), Type.Number(), Type.Boolean()]));

export const PlanFieldChange = ClosedObject(
  {
    field: Type.String({
      description:
        'The API field: name, estimateHours, parentTaskId, workstreamId, calendarId, position, constraintType, constraintDate, deadline, durationElapsed, dueDate, type, lagKind, lagMinutes… (references are shown by the name of what they point to).',
    }),
    from: FieldValue,
    to: FieldValue,
  },
  { description: 'One field that applying the file would change.' },
);
export type PlanFieldChange = Static<typeof PlanFieldChange>;

export const PlanItemChange = ClosedObject({
  /** The program's item (null for one the file adds). */
  id: Nullable(Id),
  uid: Nullable(Type.Integer({ description: 'The MSPDI UID that matches it.' })),
  name: Type.String({ description: 'What it is called (a link: "A → B").' }),
  changes: Type.Array(PlanFieldChange, { description: 'For a changed item: what changes.' }),
});
export type PlanItemChange = Static<typeof PlanItemChange>;

export const PlanKindChanges = ClosedObject({
  added: Type.Array(PlanItemChange, { description: 'In the file, with no item of that UID.' }),
  changed: Type.Array(PlanItemChange, { description: 'Same UID, fields that differ.' }),
  removed: Type.Array(PlanItemChange, {
    description: 'Items of the program with a UID the file no longer has: deleted on apply.',
  }),
  kept: Type.Integer({
    minimum: 0,
    description: 'Items without a UID (made in Waymark): left alone.',
  }),
});
export type PlanKindChanges = Static<typeof PlanKindChanges>;

export const PlanUpdatePreview = ClosedObject({
  programVersion: Type.Integer({ description: 'The version this preview was computed against.' }),
  program: ClosedObject({
    changes: Type.Array(PlanFieldChange, { description: 'startDate, startTime, calendar.' }),
  }),
  calendars: PlanKindChanges,
  workstreams: PlanKindChanges,
  tasks: PlanKindChanges,
  milestones: PlanKindChanges,
  dependencies: PlanKindChanges,
  warnings: Type.Array(ImportWarning),
});
export type PlanUpdatePreview = Static<typeof PlanUpdatePreview>;

const AppliedCounts = ClosedObject({
  added: Type.Integer({ minimum: 0 }),
  changed: Type.Integer({ minimum: 0 }),
  removed: Type.Integer({ minimum: 0 }),
});

export const PlanUpdateApplied = ClosedObject({
  programVersion: Type.Integer({ description: "The program's version after the update." }),
  programChanged: Type.Boolean({ description: 'Whether its start or calendar changed.' }),
  applied: ClosedObject({
    calendars: AppliedCounts,
    workstreams: AppliedCounts,
    tasks: AppliedCounts,
    milestones: AppliedCounts,
    dependencies: AppliedCounts,
  }),
  warnings: Type.Array(ImportWarning),
});
export type PlanUpdateApplied = Static<typeof PlanUpdateApplied>;
