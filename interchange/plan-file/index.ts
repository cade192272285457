export * from './duration.js';
export {
  readPlanFile,
  outlineOrder,
  STANDARD_CALENDAR_ID,
  type PlanFile,
  type PlanFileError,
  type PlanRisk,
  type PlanEstimate,
  type ReadPlanResult,
} from './read-plan-file.js';
export { PlanFileSchema } from './plan-file.schema.js';
