export type * from './capacity-types.js';
export { computePersonWeeks, programLoad } from './person-weeks.js';
export {
  findOverAllocations,
  overAllocationsCausedBy,
  type OverAllocation,
} from './over-allocation.js';
export { dayNumber, formatDayNumber, isoWeekday, mondayOf } from './calendar-day.js';
