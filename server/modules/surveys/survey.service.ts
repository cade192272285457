import type {
  PublicSurvey,
  Survey,
  SurveyAnswer,
  SurveyAnswered,
  SurveyCreate,
  SurveyInvitationList,
  SurveyListQuery,
  SurveyResults,
  SurveyUpdate,
} from '../../../contracts/survey.schema.js';
import { SURVEY_LINK_DAYS } from '../../../contracts/survey.schema.js';
import { surveyStatistics } from '../../../engine/measures/survey-results.js';
import type { Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import {
  DomainError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../domain-errors.js';
import { enqueueSurveyInvitationMail } from '../../jobs/survey-invitation-mail.job.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import { hashSecret, newSecret } from '../auth/secret-token.js';
import { assertProgramExists } from '../plans/plan-membership.repository.js';
import {
  DEFAULT_SURVEY_QUESTIONS,
  answerIssues,
  frozenQuestionChange,
  normalizeQuestion,
  questionIssues,
} from './survey-rules.js';
import {
  SURVEY_COLUMNS,
  findInvitationByHash,
  findSurvey,
  insertInvitation,
  insertResponse,
  insertSurvey,
  listResponses,
  listSurveys,
  markInvitationResponded,
  type SurveyRow,
} from './survey.repository.js';

const AUDIT_TYPE = 'survey';
const DAY_MS = 24 * 3600 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Who makes and changes portfolio surveys (of no program). */
const PORTFOLIO_ROLES = ['admin', 'tpm_manager'];
const PORTFOLIO_REFUSAL = 'Only a TPM manager or an admin runs surveys of no program.';
const LINK_NOT_FOUND = 'This survey link does not exist or has expired.';

function toSurvey(r: SurveyRow): Survey {
  return {
    id: r.id,
    programId: r.program_id,
    programName: r.program_name,
    title: r.title,
    anonymous: r.anonymous,
    questions: r.questions,
    sendTrigger: r.send_trigger,
    recipients: r.recipients,
    invited: r.invited,
    responses: r.responses,
    createdById: r.created_by_id,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The same address twice in one list is a mistake worth naming (addresses compare case-blind). */
function duplicateEmailIssues(field: string, emails: readonly string[]) {
  const seen = new Set<string>();
  return emails.flatMap((email, i) => {
    const key = email.trim().toLowerCase();
    const dup = seen.has(key);
    seen.add(key);
    return dup
      ? [{ path: `body.${field}[${i}]`, code: 'duplicate', message: `repeats ${email}` }]
      : [];
  });
}

const fail = (issues: { path: string; code: string; message: string }[]) => {
  if (issues.length) throw new ValidationError(issues);
};

/**
 * Stakeholder satisfaction surveys: the survey and its questions, invitation links
 * (256-bit secrets kept only as SHA-256 hashes), answers through the link without an
 * account, and the results. Every write is one transaction with its audit row.
 */
const LINK_USED = 'This survey link has already been answered; each link answers once.';

export function createSurveyService(
  db: Database,
  clock: Clock,
  options: { emailLinks: boolean } = { emailLinks: false },
) {
  const read = async (tx: Queryable, id: string) => {
    const row = await findSurvey(tx, id);
    if (!row) throw new NotFoundError('Survey', id);
    return toSurvey(row);
  };

  /** Makes links for these addresses inside the caller's transaction; the secrets leave only here. */
  async function inviteIn(
    tx: Queryable,
    survey: Survey,
    emails: readonly string[],
    origin: string,
  ): Promise<SurveyInvitationList> {
    const now = clock();
    const expiresAt = new Date(now.getTime() + SURVEY_LINK_DAYS * DAY_MS);
    const items = [];
    for (const raw of emails) {
      const email = raw.trim();
      const token = newSecret('wms');
      const invitationId = await insertInvitation(
        tx,
        survey.id,
        email,
        hashSecret(token),
        expiresAt,
        now,
      );
      const url = `${origin}/survey/${token}`;
      if (options.emailLinks)
        await enqueueSurveyInvitationMail(tx, {
          invitationId,
          to: { email, name: email },
          surveyTitle: survey.title,
          programName: survey.programName,
          url,
          expiresAt: expiresAt.toISOString(),
          anonymous: survey.anonymous,
        });
      items.push({ email, token, url, expiresAt: expiresAt.toISOString() });
    }
    return { items, emailed: options.emailLinks };
  }

  /** The open invitation a link names; unknown and expired links look alike (404). */
  async function openInvitation(tx: Queryable, token: string, forUpdate: boolean) {
    const invitation = await findInvitationByHash(tx, hashSecret(token), forUpdate);
    if (!invitation || invitation.expires_at.getTime() <= clock().getTime())
      throw new DomainError('not_found', LINK_NOT_FOUND, [
        { path: 'params.token', code: 'not_found', message: LINK_NOT_FOUND },
      ]);
    return invitation;
  }

  return {
    async list(ctx: RequestContext, query: SurveyListQuery): Promise<{ items: Survey[] }> {
      const sight = await programSight(db, ctx.actor);
      const rows = await listSurveys(db, query.programId);
      return {
        items: rows
          .filter((r) => r.program_id === null || sight.canRead(r.program_id))
          .map(toSurvey),
      };
    },

    get: (_ctx: RequestContext, id: string) => read(db, id),

    async create(ctx: RequestContext, input: SurveyCreate): Promise<Survey> {
      const programId = input.programId ?? null;
      if (programId) await assertProgramExists(db, programId);
      else if (!PORTFOLIO_ROLES.includes(ctx.actor?.role ?? ''))
        throw new ForbiddenError(PORTFOLIO_REFUSAL);
      fail([
        ...questionIssues(input.questions ?? []),
        ...duplicateEmailIssues('recipients', input.recipients ?? []),
      ]);
      const id = await db.transaction(async (tx) => {
        const id = await insertSurvey(tx, {
          programId,
          title: input.title,
          anonymous: input.anonymous ?? false,
          questions: input.questions
            ? input.questions.map(normalizeQuestion)
            : DEFAULT_SURVEY_QUESTIONS,
          sendTrigger: input.sendTrigger ?? 'manual',
          recipients: (input.recipients ?? []).map((e) => e.trim()),
          createdById: ctx.actor?.id ?? null,
          now: clock(),
        });
        const after = await read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'create',
          before: null,
          after,
          programId,
        });
        return id;
      });
      return read(db, id);
    },

    /** Changes only the fields named; answered surveys keep their question ids and scales. */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: SurveyUpdate,
    ): Promise<Survey> {
      fail([
        ...questionIssues(input.questions ?? []),
        ...duplicateEmailIssues('recipients', input.recipients ?? []),
      ]);
      await db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'surveys', 'Survey', id, version);
        const before = await read(tx, id);
        const changes = columnChanges(input, SURVEY_COLUMNS);
        if (input.recipients) changes.recipients = input.recipients.map((e) => e.trim());
        if (input.questions) {
          const questions = input.questions.map(normalizeQuestion);
          const frozen =
            before.responses > 0 ? frozenQuestionChange(before.questions, questions) : null;
          if (frozen)
            throw new DomainError('survey_answered', frozen, [
              { path: 'body.questions', code: 'survey_answered', message: frozen },
            ]);
          changes.questions = JSON.stringify(questions);
        }
        if (
          input.anonymous !== undefined &&
          input.anonymous !== before.anonymous &&
          before.invited > 0
        ) {
          const message =
            'Invitations have gone out saying whether answers are anonymous, so that cannot change now; make a new survey instead.';
          throw new DomainError('survey_answered', message, [
            { path: 'body.anonymous', code: 'survey_answered', message },
          ]);
        }
        await updateVersionedRow(tx, 'surveys', id, changes);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'update',
          before,
          after: await read(tx, id),
          programId: before.programId,
        });
      });
      return read(db, id);
    },

    /** Deletes the survey with its invitations and answers. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'surveys', 'Survey', id, version);
        const before = await read(tx, id);
        await tx.query('DELETE FROM surveys WHERE id = $1', [id]);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'delete',
          before,
          after: null,
          programId: before.programId,
        });
      });
    },

    async invite(
      ctx: RequestContext,
      id: string,
      emails: readonly string[],
      origin: string,
    ): Promise<SurveyInvitationList> {
      fail(duplicateEmailIssues('emails', emails));
      return db.transaction(async (tx) => {
        const survey = await read(tx, id);
        const list = await inviteIn(tx, survey, emails, origin);
        // The audit row names who was invited, never the secrets.
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'invite',
          before: null,
          after: { emails: list.items.map((i) => i.email), expiresAt: list.items[0]?.expiresAt },
          programId: survey.programId,
        });
        return list;
      });
    },

    inviteIn,

    async results(_ctx: RequestContext, id: string): Promise<SurveyResults> {
      const survey = await read(db, id);
      const responses = await listResponses(db, id);
      const stats = surveyStatistics(survey.questions, responses, survey.invited);
      return {
        surveyId: survey.id,
        title: survey.title,
        anonymous: survey.anonymous,
        invited: stats.invited,
        responses: stats.responses,
        responseRate: stats.responseRate,
        questions: stats.questions,
        comments: responses
          .filter((r) => r.comment !== null && r.comment.trim() !== '')
          .map((r) => ({
            text: r.comment!,
            submittedAt: new Date(r.submitted_at).toISOString(),
            // Anonymous answers are stored without their invitation; this is a second guard.
            email: survey.anonymous ? null : r.email,
          })),
      };
    },

    /** What a link shows: the title, the program's name and the questions; nothing else. */
    async publicSurvey(token: string): Promise<PublicSurvey> {
      const invitation = await openInvitation(db, token, false);
      if (invitation.responded_at) throw new DomainError('survey_link_used', LINK_USED);
      const survey = await read(db, invitation.survey_id);
      return { title: survey.title, programName: survey.programName, questions: survey.questions };
    },

    /** One answer per link: the answer and the link's use are written together, under the link's lock. */
    async answer(token: string, input: SurveyAnswer): Promise<SurveyAnswered> {
      return db.transaction(async (tx) => {
        const invitation = await openInvitation(tx, token, true);
        if (invitation.responded_at) throw new DomainError('survey_link_used', LINK_USED);
        const survey = await read(tx, invitation.survey_id);
        fail(answerIssues(survey.questions, input.answers));
        const now = clock();
        const comment = input.comment?.trim() ? input.comment.trim() : null;
        await insertResponse(
          tx,
          survey.id,
          survey.anonymous ? null : invitation.id,
          input.answers,
          comment,
          now,
        );
        await markInvitationResponded(tx, invitation.id, now);
        return { submittedAt: now.toISOString() };
      });
    },

    /** Portfolio surveys (of no program) are changed only by TPM managers and admins. */
    async assertMayChange(actor: Actor | null, id: string): Promise<void> {
      if (!actor || PORTFOLIO_ROLES.includes(actor.role)) return;
      if (!UUID.test(id)) return;
      const row = await findSurvey(db, id);
      if (row && row.program_id === null) throw new ForbiddenError(PORTFOLIO_REFUSAL);
    },
  };
}
export type SurveyService = ReturnType<typeof createSurveyService>;
