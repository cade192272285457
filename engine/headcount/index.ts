export {
  fiscalQuarterOf,
  quartersOfFiscalYear,
  quarterStartDate,
  shiftQuarter,
  DEFAULT_FISCAL_START_MONTH,
} from './fiscal-quarter.js';
export {
  headcountGaps,
  type PlannedRole,
  type QuarterGap,
  type StaffingDemand,
} from './headcount-gap.js';
export { intakeDemand, INTAKE_SIZE_DEMAND, type IntakeSize } from './intake-demand.js';
