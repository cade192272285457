export {
  readSlaClock,
  type SlaClock,
  type SlaClockInput,
  type SlaPause,
  type SlaState,
} from './sla-clock.js';
export {
  checkTeamCalendar,
  compileTeamCalendar,
  DEFAULT_TEAM_CALENDAR,
  TeamCalendarError,
  type TeamCalendar,
} from './team-calendar.js';
export { formatInstantInZone, instantToZoneLocal, zoneLocalToInstant } from './zoned-instant.js';
