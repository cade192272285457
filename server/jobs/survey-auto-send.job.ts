import type { SurveySendTrigger } from '../../contracts/survey.schema.js';
import { dueSurveyOccasions } from '../../engine/measures/survey-occasions.js';
import { utcDay, type Clock } from '../clock/clock.js';
import type { Database } from '../db/database.js';
import { SYSTEM_CONTEXT } from '../request-context.js';
import { recordAudit } from '../modules/audit/audit.repository.js';
import type { SurveyService } from '../modules/surveys/survey.service.js';

export const SURVEY_AUTO_SEND_JOB = 'survey_auto_send';
/** graphile-worker crontab line: every hour, so a milestone's survey goes out the same hour. */
export const SURVEY_AUTO_SEND_CRONTAB = `17 * * * * ${SURVEY_AUTO_SEND_JOB}`;

interface AutoSurveyRow {
  id: string;
  send_trigger: SurveySendTrigger;
  recipients: string[];
  created_day: string;
  program_status: string | null;
  achieved: { id: string; achievedDay: string }[] | null;
  sent: string[];
}

export interface SurveySending {
  surveyId: string;
  occasion: string;
  invited: number;
}

/**
 * Sends the surveys set to send themselves (after a milestone is achieved, at the
 * program's close, on the first day of each fiscal quarter) to their recipients. Each
 * occasion is claimed in survey_sendings inside the transaction that makes the links, so
 * two runs (or two instances) never send it twice. Links go out by e-mail when e-mail is set up.
 */
export async function runSurveyAutoSend(deps: {
  db: Database;
  clock: Clock;
  surveys: SurveyService;
  origin: string;
}): Promise<SurveySending[]> {
  const today = utcDay(deps.clock);
  const r = await deps.db.query<AutoSurveyRow>(
    `SELECT s.id, s.send_trigger, s.recipients,
            to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS created_day,
            p.status AS program_status,
            (SELECT json_agg(json_build_object('id', m.id, 'achievedDay', to_char(m.achieved_at, 'YYYY-MM-DD')))
               FROM milestones m WHERE m.program_id = s.program_id AND m.state = 'achieved' AND m.achieved_at IS NOT NULL) AS achieved,
            ARRAY(SELECT occasion FROM survey_sendings x WHERE x.survey_id = s.id) AS sent
       FROM surveys s LEFT JOIN programs p ON p.id = s.program_id
      WHERE s.send_trigger <> 'manual' AND cardinality(s.recipients) > 0
      ORDER BY s.created_at, s.id`,
  );
  const sendings: SurveySending[] = [];
  for (const row of r.rows) {
    const due = dueSurveyOccasions({
      trigger: row.send_trigger,
      createdDay: row.created_day,
      today,
      achievedMilestones: row.achieved ?? [],
      programCompleted: row.program_status === 'completed',
      sent: new Set(row.sent),
    });
    for (const occasion of due) {
      const sent = await deps.db.transaction(async (tx) => {
        const claim = await tx.query(
          `INSERT INTO survey_sendings (survey_id, occasion, invited, sent_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING`,
          [row.id, occasion, row.recipients.length, deps.clock()],
        );
        if ((claim.rowCount ?? 0) === 0) return false;
        const survey = await deps.surveys.get(SYSTEM_CONTEXT, row.id);
        await deps.surveys.inviteIn(tx, survey, row.recipients, deps.origin);
        await recordAudit(tx, SYSTEM_CONTEXT, {
          entityType: 'survey',
          entityId: row.id,
          action: 'invite',
          before: null,
          after: { occasion, emails: row.recipients },
          programId: survey.programId,
        });
        return true;
      });
      if (sent) sendings.push({ surveyId: row.id, occasion, invited: row.recipients.length });
    }
  }
  return sendings;
}
