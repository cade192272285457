import { SEE_FIELDS_MESSAGE, type FormProblem } from '../../api/issues';
import type {
  Program,
  ProgramCreate,
  ProgramHealth,
  ProgramStatus,
  ProgramVisibility,
} from '../../api/types';
import { blankToNull, parseDecimal } from '../../components/format';

/** A program as typed into the form: strings until it is sent. */
export interface ProgramDraft {
  name: string;
  summary: string;
  status: ProgramStatus;
  health: ProgramHealth;
  ownerId: string;
  sponsor: string;
  startDate: string;
  targetDate: string;
  budget: string;
  currency: string;
  timeZone: string;
  visibility: ProgramVisibility;
}

/** The form's fields; the API's `budgetCents` is typed as `budget` in currency units. */
export const PROGRAM_FIELDS = [
  'name',
  'summary',
  'status',
  'health',
  'ownerId',
  'sponsor',
  'startDate',
  'targetDate',
  'budget',
  'currency',
  'timeZone',
  'visibility',
];
export const PROGRAM_FIELD_RENAMES = { budgetCents: 'budget' };

export function draftOf(program?: Program): ProgramDraft {
  return {
    name: program?.name ?? '',
    summary: program?.summary ?? '',
    status: program?.status ?? 'proposed',
    health: program?.health ?? 'green',
    ownerId: program?.ownerId ?? '',
    sponsor: program?.sponsor ?? '',
    startDate: program?.startDate ?? '',
    targetDate: program?.targetDate ?? '',
    budget: program?.budgetCents == null ? '' : String(program.budgetCents / 100),
    currency: program?.currency ?? 'USD',
    timeZone: program?.timeZone ?? 'America/Los_Angeles',
    visibility: program?.visibility ?? 'organization',
  };
}

/**
 * Shapes what was typed into a request body. The server is the judge of what is
 * valid; only a budget that is not a number at all is caught here, since JSON
 * could not carry it.
 */
export function programBodyOf(
  draft: ProgramDraft,
): { body: ProgramCreate } | { problem: FormProblem } {
  const budgetUnits = parseDecimal(draft.budget);
  if (budgetUnits !== null && Number.isNaN(budgetUnits)) {
    return {
      problem: {
        byField: { budget: 'must be a number' },
        general: [SEE_FIELDS_MESSAGE],
        conflict: false,
      },
    };
  }
  return {
    body: {
      name: draft.name.trim(),
      summary: draft.summary.trim(),
      status: draft.status,
      health: draft.health,
      ownerId: draft.ownerId || null,
      sponsor: draft.sponsor.trim(),
      startDate: blankToNull(draft.startDate),
      targetDate: blankToNull(draft.targetDate),
      budgetCents: budgetUnits === null ? null : Math.round(budgetUnits * 100),
      currency: draft.currency.trim().toUpperCase(),
      timeZone: draft.timeZone.trim(),
      visibility: draft.visibility,
    },
  };
}
