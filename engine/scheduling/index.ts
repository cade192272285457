export { schedulePlan, type ScheduleOptions } from './schedule-plan.js';
export { drivingPath } from './driving-path.js';
export type * from './schedule-input.js';
export type * from './schedule-result.js';
