export {
  milestoneCalendar,
  escapeText,
  foldLine,
  type CalendarMilestone,
  type MilestoneCalendarOptions,
} from './milestone-calendar.js';
