import type { SurveyQuestion, SurveySendTrigger } from '../../../contracts/survey.schema.js';
import type { Queryable } from '../../db/database.js';

export interface SurveyRow {
  id: string;
  program_id: string | null;
  program_name: string | null;
  title: string;
  anonymous: boolean;
  questions: SurveyQuestion[];
  send_trigger: SurveySendTrigger;
  recipients: string[];
  created_by_id: string | null;
  invited: number;
  responses: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT_SURVEY = `
  SELECT s.id, s.program_id, p.name AS program_name, s.title, s.anonymous, s.questions,
         s.send_trigger, s.recipients, s.created_by_id, s.version, s.created_at, s.updated_at,
         (SELECT count(*)::int FROM survey_invitations i WHERE i.survey_id = s.id) AS invited,
         (SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = s.id) AS responses
    FROM surveys s LEFT JOIN programs p ON p.id = s.program_id`;

/** The API fields written to columns. */
export const SURVEY_COLUMNS: Record<string, string> = {
  title: 'title',
  anonymous: 'anonymous',
  sendTrigger: 'send_trigger',
  recipients: 'recipients',
};

export async function findSurvey(db: Queryable, id: string): Promise<SurveyRow | null> {
  const r = await db.query<SurveyRow>(`${SELECT_SURVEY} WHERE s.id = $1`, [id]);
  return r.rows[0] ?? null;
}

export async function listSurveys(db: Queryable, programId?: string): Promise<SurveyRow[]> {
  const r = await db.query<SurveyRow>(
    `${SELECT_SURVEY} WHERE ($1::uuid IS NULL OR s.program_id = $1) ORDER BY s.created_at DESC, s.id`,
    [programId ?? null],
  );
  return r.rows;
}

export async function insertSurvey(
  tx: Queryable,
  row: {
    programId: string | null;
    title: string;
    anonymous: boolean;
    questions: SurveyQuestion[];
    sendTrigger: SurveySendTrigger;
    recipients: string[];
    createdById: string | null;
    now: Date;
  },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO surveys (program_id, title, anonymous, questions, send_trigger, recipients, created_by_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $8) RETURNING id`,
    [
      row.programId,
      row.title,
      row.anonymous,
      JSON.stringify(row.questions),
      row.sendTrigger,
      row.recipients,
      row.createdById,
      row.now,
    ],
  );
  return r.rows[0]!.id;
}

export async function insertInvitation(
  tx: Queryable,
  surveyId: string,
  email: string,
  tokenHash: Buffer,
  expiresAt: Date,
  now: Date,
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO survey_invitations (survey_id, email, token_hash, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [surveyId, email, tokenHash, expiresAt, now],
  );
  return r.rows[0]!.id;
}

export interface InvitationRow {
  id: string;
  survey_id: string;
  expires_at: Date;
  responded_at: Date | null;
}

/** The invitation a link's hash names, locked when `forUpdate` (an answer is being written). */
export async function findInvitationByHash(
  db: Queryable,
  tokenHash: Buffer,
  forUpdate = false,
): Promise<InvitationRow | null> {
  const r = await db.query<InvitationRow>(
    `SELECT id, survey_id, expires_at, responded_at FROM survey_invitations WHERE token_hash = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [tokenHash],
  );
  return r.rows[0] ?? null;
}

export interface ResponseRow {
  answers: Record<string, number | string>;
  comment: string | null;
  submitted_at: Date;
  email: string | null;
}

/** Newest first; the e-mail only through the invitation link, which anonymous answers lack. */
export async function listResponses(db: Queryable, surveyId: string): Promise<ResponseRow[]> {
  const r = await db.query<ResponseRow>(
    `SELECT r.answers, r.comment, r.submitted_at, i.email
       FROM survey_responses r LEFT JOIN survey_invitations i ON i.id = r.invitation_id
      WHERE r.survey_id = $1 ORDER BY r.submitted_at DESC, r.id`,
    [surveyId],
  );
  return r.rows;
}

export async function insertResponse(
  tx: Queryable,
  surveyId: string,
  invitationId: string | null,
  answers: Record<string, number | string>,
  comment: string | null,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO survey_responses (survey_id, invitation_id, answers, comment, submitted_at)
     VALUES ($1, $2, $3::jsonb, $4, $5)`,
    [surveyId, invitationId, JSON.stringify(answers), comment, now],
  );
}

export async function markInvitationResponded(tx: Queryable, id: string, now: Date): Promise<void> {
  await tx.query('UPDATE survey_invitations SET responded_at = $2 WHERE id = $1', [id, now]);
}
