import type { Queryable } from '../../db/database.js';
import type { RequestTemplate } from '../../../contracts/intake.schema.js';
import type { TeamCalendar } from '../../../engine/sla/team-calendar.js';
import type { AuditedEntity } from '../audit/audited-row.js';

interface TemplateRow {
  id: number;
  intro: string;
  fields: RequestTemplate['fields'];
  first_response_hours: number;
  triage_hours: number;
  calendar_team_id: string | null;
  gitlab_label: string;
  gitlab_handle: string;
  version: number;
  updated_at: Date;
  time_zone: string | null;
  working_hours_start: number | null;
  working_hours_end: number | null;
  working_days: number[] | null;
}

export const TEMPLATE_ID = '1';

export const TEMPLATE_COLUMNS: Record<string, string> = {
  intro: 'intro',
  firstResponseHours: 'first_response_hours',
  triageHours: 'triage_hours',
  calendarTeamId: 'calendar_team_id',
  gitlabLabel: 'gitlab_label',
  gitlabHandle: 'gitlab_handle',
};

/** The template with the calendar the SLA clocks run on (its team's, else 08:00–16:00 Pacific). */
export async function readTemplate(db: Queryable): Promise<RequestTemplate> {
  const r = await db.query<TemplateRow>(
    `SELECT t.*, team.time_zone, team.working_hours_start, team.working_hours_end, team.working_days
       FROM request_templates t LEFT JOIN teams team ON team.id = t.calendar_team_id WHERE t.id = 1`,
  );
  const row = r.rows[0]!;
  return {
    intro: row.intro,
    fields: row.fields,
    firstResponseHours: row.first_response_hours,
    triageHours: row.triage_hours,
    calendarTeamId: row.calendar_team_id,
    calendar: {
      timeZone: row.time_zone ?? 'America/Los_Angeles',
      workingHoursStart: row.working_hours_start ?? 480,
      workingHoursEnd: row.working_hours_end ?? 960,
      workingDays: row.working_days ?? [1, 2, 3, 4, 5],
    },
    gitlabLabel: row.gitlab_label,
    gitlabHandle: row.gitlab_handle,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export const TEMPLATE_ENTITY: AuditedEntity<RequestTemplate> = {
  table: 'request_templates',
  label: 'Request template',
  auditType: 'request_template',
  read: (db) => readTemplate(db),
};

/** The team calendar of the SLA clocks: the template's hours and every holiday. */
export async function readSlaCalendar(
  db: Queryable,
  template: RequestTemplate,
): Promise<TeamCalendar> {
  const holidays = await db.query<{ day: string }>('SELECT day FROM holidays ORDER BY day');
  return {
    timeZone: template.calendar.timeZone,
    workingHoursStartMinutes: template.calendar.workingHoursStart,
    workingHoursEndMinutes: template.calendar.workingHoursEnd,
    workingDays: template.calendar.workingDays,
    holidays: holidays.rows.map((h) => h.day),
  };
}
