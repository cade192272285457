import type { RequestTemplate, RequestTemplateUpdate } from '../../../contracts/intake.schema.js';
import type { Database } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import { checkTeamCalendar, TeamCalendarError } from '../../../engine/sla/team-calendar.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { updateAuditedRow } from '../audit/audited-row.js';
import {
  readSlaCalendar,
  readTemplate,
  TEMPLATE_COLUMNS,
  TEMPLATE_ENTITY,
  TEMPLATE_ID,
} from './request-template.repository.js';

export function createRequestTemplateService(db: Database) {
  return {
    get: (): Promise<RequestTemplate> => readTemplate(db),

    /** Only a TPM manager (or admin) changes what requesters are asked and the SLA targets. */
    async update(ctx: RequestContext, body: RequestTemplateUpdate): Promise<RequestTemplate> {
      if (!ctx.actor || !['tpm_manager', 'admin'].includes(ctx.actor.role))
        throw new ForbiddenError('Only a TPM manager changes the request template.');
      if (body.fields) {
        const keys = body.fields.map((f) => f.key);
        const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
        if (repeated)
          throw ValidationError.field(
            'body.fields',
            'duplicate_key',
            `field "${repeated}" is listed twice`,
          );
        if (!keys.includes('title'))
          throw ValidationError.field(
            'body.fields',
            'title_required',
            'the title field cannot be removed',
          );
      }
      const changes = columnChanges(body, TEMPLATE_COLUMNS);
      if (body.fields) changes.fields = JSON.stringify(body.fields);
      return db.transaction(async (tx) => {
        if (body.calendarTeamId) {
          const team = await tx.query('SELECT 1 FROM teams WHERE id = $1', [body.calendarTeamId]);
          if (team.rowCount === 0)
            throw new NotFoundError('Team', body.calendarTeamId, 'body.calendarTeamId');
        }
        const updated = await updateAuditedRow(
          tx,
          ctx,
          TEMPLATE_ENTITY,
          TEMPLATE_ID,
          body.version,
          changes,
        );
        // The SLA clocks will run on this team's hours: refuse a calendar they cannot run on.
        try {
          checkTeamCalendar(await readSlaCalendar(tx, updated));
        } catch (error) {
          if (error instanceof TeamCalendarError)
            throw ValidationError.field(
              'body.calendarTeamId',
              'invalid_calendar',
              `the team's ${error.field} is not usable: ${error.message}`,
            );
          throw error;
        }
        return updated;
      });
    },
  };
}
