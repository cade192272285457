export { levelPlan, DEFAULT_PRIORITY, DO_NOT_LEVEL_PRIORITY } from './level-plan.js';
export type * from './levelling-types.js';
export { weeklyLoad } from './weekly-load.js';
export type { LoadResource, LoadWork, ResourceWeeks } from './weekly-load.js';
