import { systemClock, utcDay, type Clock } from '../../clock/clock.js';
import type {
  IntakeRequest,
  RequestState,
  TriageAction,
  TriageBody,
} from '../../../contracts/intake.schema.js';
import type { Database, Queryable } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { insertProgram } from '../programs/program.repository.js';
import { recordAudit } from '../audit/audit.repository.js';
import { notifyUsers } from '../notifications/notify.js';
import { recordRequestEvent } from './request-event.repository.js';
import { toIntakeRequest } from './request-sla.js';
import { loadSlaSettings, updateRequestInTx } from './request.service.js';
import { closePause, findRequest, type RequestRow } from './request.repository.js';
import { postSlackResponse } from './slack-response.js';

/** Where each action may start from, and where it leads. */
const TRANSITIONS: Record<TriageAction, { from: readonly RequestState[]; to: RequestState }> = {
  acknowledge: { from: ['new'], to: 'acknowledged' },
  accept: { from: ['new', 'acknowledged', 'deferred'], to: 'accepted' },
  decline: { from: ['new', 'acknowledged', 'deferred'], to: 'declined' },
  defer: { from: ['new', 'acknowledged'], to: 'deferred' },
  duplicate: { from: ['new', 'acknowledged', 'deferred'], to: 'duplicate' },
  reopen: { from: ['accepted', 'declined', 'deferred', 'duplicate'], to: 'acknowledged' },
};

const DECISIONS: readonly TriageAction[] = ['accept', 'decline', 'defer', 'duplicate'];

/** Every problem with the body for this action, each naming its field. */
function checkBody(body: TriageBody, today: string): void {
  const issues: { path: string; code: string; message: string }[] = [];
  const reason = body.reason?.trim() ?? '';
  if ((body.action === 'decline' || body.action === 'defer') && reason === '')
    issues.push({
      path: 'body.reason',
      code: 'required',
      message: `a reason is required to ${body.action}`,
    });
  if (body.action === 'defer') {
    if (!body.deferredUntil)
      issues.push({
        path: 'body.deferredUntil',
        code: 'required',
        message: 'the date to come back to it is required',
      });
    else if (body.deferredUntil <= today)
      issues.push({
        path: 'body.deferredUntil',
        code: 'not_future',
        message: 'must be after today',
      });
  }
  if (body.action === 'duplicate' && !body.duplicateOfId)
    issues.push({
      path: 'body.duplicateOfId',
      code: 'required',
      message: 'name the request this one duplicates',
    });
  if (body.action === 'accept' && body.programId && body.createProgram)
    issues.push({
      path: 'body.createProgram',
      code: 'conflict',
      message: 'either join programId or create a program, not both',
    });
  if (issues.length) throw new ValidationError(issues);
}

async function programFor(
  tx: Queryable,
  row: RequestRow,
  body: TriageBody,
  ownerId: string | null,
  creatorId: string | null,
): Promise<string> {
  if (body.programId) {
    const p = await tx.query('SELECT 1 FROM programs WHERE id = $1', [body.programId]);
    if (p.rowCount === 0) throw new NotFoundError('Program', body.programId, 'body.programId');
    return body.programId;
  }
  // Accepting without a program to join: the request becomes a new, proposed program.
  return insertProgram(
    tx,
    {
      name: row.title,
      summary: row.desired_outcome || row.problem,
      ...(ownerId ? { ownerId } : {}),
    },
    creatorId,
  );
}

export function createTriageService(db: Database, clock: Clock = systemClock) {
  return {
    async transition(ctx: RequestContext, id: string, body: TriageBody): Promise<IntakeRequest> {
      checkBody(body, utcDay(clock));
      const row = await db.transaction(async (tx) => {
        const current = await findRequest(tx, id);
        if (!current) throw new NotFoundError('Request', id);
        const rule = TRANSITIONS[body.action];
        if (!rule.from.includes(current.state))
          throw ValidationError.field(
            'body.action',
            'invalid_transition',
            `cannot ${body.action} a request that is ${current.state}`,
          );
        if (body.action === 'duplicate') {
          if (body.duplicateOfId === id)
            throw ValidationError.field(
              'body.duplicateOfId',
              'self',
              'a request cannot duplicate itself',
            );
          if (!(await findRequest(tx, body.duplicateOfId!)))
            throw new NotFoundError('Request', body.duplicateOfId!, 'body.duplicateOfId');
        }
        const decision = DECISIONS.includes(body.action);
        let programId: string | null = current.program_id;
        if (body.action === 'accept') {
          programId = await programFor(
            tx,
            current,
            body,
            current.assignee_id,
            ctx.actor?.id ?? null,
          );
          if (!body.programId)
            await recordAudit(tx, ctx, {
              entityType: 'program',
              entityId: programId,
              action: 'create',
              before: null,
              after: { name: current.title, fromRequest: id },
            });
        }
        const changes: Record<string, unknown> = {
          state: rule.to,
          state_reason: body.action === 'reopen' ? null : body.reason?.trim() || null,
          deferred_until: body.action === 'defer' ? body.deferredUntil : null,
          duplicate_of_id: body.action === 'duplicate' ? body.duplicateOfId : null,
          program_id: body.action === 'reopen' ? null : programId,
        };
        // Any explicit action of a TPM is the first response; a decision also ends triage.
        if (!current.first_response_at) changes.first_response_at = clock();
        if (decision) changes.triaged_at = clock();
        if (body.action === 'reopen') changes.triaged_at = null;
        const { after } = await updateRequestInTx(tx, ctx, id, body.version, changes);
        if (decision) await closePause(tx, id, clock());
        const note = [
          body.reason?.trim(),
          body.action === 'defer' ? `until ${body.deferredUntil}` : '',
          body.action === 'duplicate' ? `of request ${body.duplicateOfId}` : '',
        ]
          .filter(Boolean)
          .join(' — ');
        await recordRequestEvent(tx, ctx, id, {
          kind: body.action,
          fromState: current.state,
          toState: rule.to,
          note,
        });
        if (after.requester_id && after.requester_id !== ctx.actor?.id)
          await notifyUsers(tx, [after.requester_id], {
            requestId: id,
            kind: `request_${rule.to}`,
            message: `Your request #${after.number} is ${rule.to}${note ? `: ${note}` : ''}`,
          });
        return (await findRequest(tx, id))!;
      });
      // Someone who asked from Slack has no account: tell them in Slack, after the commit.
      if (row.source === 'slack' && row.slack_response_url) {
        const why = row.state_reason ? `: ${row.state_reason}` : '';
        await postSlackResponse(
          row.slack_response_url,
          `Your request #${row.number} "${row.title}" is ${row.state}${why}.`,
        );
      }
      return toIntakeRequest(row, await loadSlaSettings(db), clock().getTime());
    },
  };
}
export type TriageService = ReturnType<typeof createTriageService>;
