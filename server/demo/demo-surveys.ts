import { randomBytes } from 'node:crypto';
import {
  fiscalQuarterOf,
  quarterStartDate,
  shiftQuarter,
} from '../../engine/headcount/fiscal-quarter.js';
import type { Queryable } from '../db/database.js';
import { DEFAULT_SURVEY_QUESTIONS } from '../modules/surveys/survey-rules.js';

const DAY_MS = 24 * 3600 * 1000;
/** How many of the demo programs are surveyed each quarter, and how many stakeholders each asks. */
const PROGRAMS_SURVEYED = 4;
const INVITED = 7;
const COMMENTS = [
  'The weekly notes make it easy to follow.',
  'Risks were raised early; thank you.',
  'Hard to know who to ask about the launch date.',
  'Requests got an answer within a day.',
  'More notice before dates move, please.',
  'The demo at the milestone review was very useful.',
];

/** A small deterministic generator, so the demo reads the same on every seed. */
function sequence(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);

/**
 * A year of stakeholder surveys: for the first demo programs, one survey per fiscal
 * quarter over the last four, sent on the quarter's first day to seven stakeholders
 * (fictional addresses), most of whom answered within a few weeks; the current
 * quarter's survey still has open invitations. Satisfaction drifts upwards over the
 * year, so the KPI has a trend. Every other quarter's survey is anonymous. The links'
 * secrets are not kept (only random hashes), as for real invitations.
 */
export async function writeDemoSurveys(tx: Queryable, now: Date): Promise<{ surveys: number }> {
  const today = now.toISOString().slice(0, 10);
  const programs = (
    await tx.query<{ id: string; name: string }>(
      `SELECT id, name FROM programs WHERE status IN ('active', 'completed') ORDER BY name LIMIT $1`,
      [PROGRAMS_SURVEYED],
    )
  ).rows;
  const current = fiscalQuarterOf(today);
  let surveys = 0;
  for (const [p, program] of programs.entries()) {
    for (let back = 3; back >= 0; back--) {
      const quarter = shiftQuarter(current, -back);
      const start = quarterStartDate(quarter);
      const sentAt = addDays(start, 0);
      sentAt.setUTCHours(9);
      if (sentAt.getTime() > now.getTime()) continue;
      const anonymous = (back + p) % 2 === 1;
      const s = await tx.query<{ id: string }>(
        `INSERT INTO surveys (program_id, title, anonymous, questions, send_trigger, created_at, updated_at)
         VALUES ($1, $2, $3, $4::jsonb, 'manual', $5, $5) RETURNING id`,
        [
          program.id,
          `${quarter} stakeholder pulse`,
          anonymous,
          JSON.stringify(DEFAULT_SURVEY_QUESTIONS),
          sentAt,
        ],
      );
      surveys++;
      const next = sequence(p * 97 + back * 13 + 5);
      // Later quarters lean happier: the mean rises by about half a point over the year.
      const lift = (3 - back) * 0.18;
      for (let i = 0; i < INVITED; i++) {
        const email = `stakeholder-${p + 1}-${i + 1}@example.test`;
        const inv = await tx.query<{ id: string }>(
          `INSERT INTO survey_invitations (survey_id, email, token_hash, expires_at, emailed_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
          [s.rows[0]!.id, email, randomBytes(32), new Date(sentAt.getTime() + 30 * DAY_MS), sentAt],
        );
        const answers = next() < 0.75;
        const submittedAt = new Date(sentAt.getTime() + (1 + Math.floor(next() * 20)) * DAY_MS);
        if (!answers || submittedAt.getTime() > now.getTime()) continue;
        const point = () => Math.max(1, Math.min(5, Math.round(2.9 + lift + next() * 2.2)));
        const comment = next() < 0.4 ? COMMENTS[Math.floor(next() * COMMENTS.length)]! : null;
        await tx.query(
          `INSERT INTO survey_responses (survey_id, invitation_id, answers, comment, submitted_at)
           VALUES ($1, $2, $3::jsonb, $4, $5)`,
          [
            s.rows[0]!.id,
            anonymous ? null : inv.rows[0]!.id,
            JSON.stringify({
              satisfaction: point(),
              communication: point(),
              responsiveness: point(),
            }),
            comment,
            submittedAt,
          ],
        );
        await tx.query('UPDATE survey_invitations SET responded_at = $2 WHERE id = $1', [
          inv.rows[0]!.id,
          submittedAt,
        ]);
      }
    }
  }
  return { surveys };
}
