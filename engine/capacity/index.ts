export type * from './capacity-types.js';
export {
  computePersonDays,
  computePersonLoadBetween,
  computePersonWeeks,
  programLoad,
} from './person-weeks.js';
export { reservedUnits, type ReservedSpan } from './reserved-units.js';
export {
  findOverAllocations,
  overAllocationsCausedBy,
  type OverAllocation,
} from './over-allocation.js';
export { dayNumber, formatDayNumber, isoWeekday, mondayOf } from './calendar-day.js';
