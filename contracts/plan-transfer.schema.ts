import { Type, type Static } from 'typebox';
import { ClosedObject } from './common.schema.js';

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
