export { levelPlan, DEFAULT_PRIORITY, DO_NOT_LEVEL_PRIORITY } from './level-plan.js';
export type * from './levelling-types.js';
