import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable, Timestamp, type ErrorBody } from './common.schema.js';

export const PLAN_FORMATS = ['mspdi', 'yaml', 'csv'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];
const PlanFormatSchema = Type.Enum([...PLAN_FORMATS], {
  description: 'mspdi (MS Project XML), yaml (the Waymark plan file) or csv',
});

export const PlanExportQuery = ClosedObject({ format: PlanFormatSchema });
export type PlanExportQuery = Static<typeof PlanExportQuery>;

export const PlanImportQuery = ClosedObject({
  format: PlanFormatSchema,
  name: Type.String({ minLength: 1, maxLength: 200, description: "The new program's name." }),
});
export type PlanImportQuery = Static<typeof PlanImportQuery>;

/** The content types an imported plan file may be sent as (the body is read as text). */
export const PLAN_FILE_CONTENT_TYPES = [
  'text/xml',
  'application/xml',
  'text/csv',
  'application/yaml',
  'text/yaml',
  'text/plain',
] as const;

/** Largest plan file accepted, in bytes. */
export const PLAN_FILE_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * A file with more rows (CSV) or tasks (YAML, MSPDI) than this is imported by a
 * background job: the request answers 202 with the job. Smaller ones answer 201
 * with the program, as before.
 */
export const IMPORT_JOB_THRESHOLD_ROWS = 2_000;

/**
 * Most rows (CSV) or tasks (YAML, MSPDI) one import takes. The 10 MB body holds
 * about 750,000 bare CSV rows (`Task 1,1d` and a line end); a program of
 * 100,000 tasks is already five times the largest plan the engine is measured
 * on (bench/RESULTS.md), so this, not the body limit, is what a file meets first.
 */
export const MAX_IMPORT_ROWS = 100_000;

/** Something in an imported file the program could not keep as it was: never dropped silently. */
export const ImportWarning = ClosedObject(
  {
    at: Type.String({
      description:
        'Where in the file: `Task[UID=7]`, `Calendar[UID=3]`, `Resource[UID=2]`, `line 12`…',
    }),
    field: Type.String({
      description: 'The element or column, e.g. `Duration`, `PredecessorLink`.',
    }),
    message: Type.String({ description: 'What was done with it, in a sentence.' }),
  },
  { description: 'What an import could not keep as it was in the file.' },
);
export type ImportWarning = Static<typeof ImportWarning>;

export const IMPORT_JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
/** What the job is doing: waiting for a worker, reading the file, writing the program, finished. */
export const IMPORT_JOB_PHASES = ['queued', 'reading', 'writing', 'finished'] as const;

export const ImportJob = ClosedObject(
  {
    id: Id,
    status: Type.Enum([...IMPORT_JOB_STATUSES]),
    format: PlanFormatSchema,
    programName: Type.String(),
    progress: ClosedObject({
      phase: Type.Enum([...IMPORT_JOB_PHASES]),
      done: Type.Integer({ minimum: 0, description: 'Rows read, or items written, so far.' }),
      total: Type.Integer({ minimum: 0, description: 'Rows to read, or items to write.' }),
    }),
    /** The program created, once the job succeeded. */
    programId: Nullable(Id),
    /** What the file carried that the program could not keep as it was (once succeeded). */
    warnings: Type.Array(ImportWarning),
    /** Why it failed, in the error contract (each bad row an issue: `line N field: reason`). */
    error: Nullable(Type.Unsafe<ErrorBody>({ $ref: 'ErrorBody#' })),
    requestedById: Nullable(Id),
    requestedAt: Timestamp,
    startedAt: Nullable(Timestamp),
    finishedAt: Nullable(Timestamp),
  },
  { description: 'A large plan import running in the background; poll it until it finishes.' },
);
export type ImportJob = Static<typeof ImportJob>;
