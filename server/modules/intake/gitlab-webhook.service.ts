import { systemClock, type Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { ValidationError } from '../../domain-errors.js';
import { SYSTEM_CONTEXT } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { REQUEST_LIMITS } from '../../../contracts/intake.schema.js';
import { claimDelivery, linkDelivery } from './integration-delivery.repository.js';
import { recordRequestEvent } from './request-event.repository.js';
import { readTemplate } from './request-template.repository.js';
import { findRequest, findRequestByGitlabIssue, type RequestRow } from './request.repository.js';
import { auditSnapshot, createRequestInTx } from './request.service.js';

export type GitlabOutcome = 'created' | 'duplicate_delivery' | 'updated' | 'ignored';

interface Label {
  title?: string;
}
interface IssueFields {
  iid?: number;
  title?: string;
  description?: string | null;
  url?: string;
  state?: string;
  action?: string;
}
interface GitlabPayload {
  object_kind?: string;
  user?: { name?: string; username?: string };
  project?: { id?: number; path_with_namespace?: string };
  object_attributes?: IssueFields & { note?: string; noteable_type?: string };
  labels?: Label[];
  changes?: { labels?: { previous?: Label[]; current?: Label[] } };
  issue?: IssueFields & { labels?: Label[] };
}

const hasLabel = (labels: Label[] | undefined, label: string) =>
  (labels ?? []).some((l) => l.title?.toLowerCase() === label.toLowerCase());

function mentions(note: string, handle: string): boolean {
  const escaped = handle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w@])@${escaped}(?![\\w-])`, 'i').test(note);
}

/**
 * What a verified GitLab event means for intake: an issue that gains the intake
 * label, or a comment that mentions the team's handle, files a request linked
 * to the issue (once per issue); closing or reopening a linked issue is
 * reflected on its request. The same delivery twice changes nothing.
 */
export function createGitlabWebhookService(db: Database, clock: Clock = systemClock) {
  async function reflectIssueState(
    tx: Queryable,
    row: RequestRow,
    state: string,
    actorName: string,
  ): Promise<void> {
    if (row.gitlab_issue_state === state) return;
    await lockVersionedRow(tx, 'intake_requests', 'Request', row.id, row.version);
    await updateVersionedRow(tx, 'intake_requests', row.id, { gitlab_issue_state: state });
    const after = (await findRequest(tx, row.id))!;
    await recordAudit(tx, SYSTEM_CONTEXT, {
      entityType: 'intake_request',
      entityId: row.id,
      action: 'update',
      before: auditSnapshot(row),
      after: auditSnapshot(after),
    });
    await recordRequestEvent(tx, SYSTEM_CONTEXT, row.id, {
      kind: `gitlab_issue_${state}`,
      note: `the GitLab issue was ${state}`,
      actorName,
    });
  }

  return {
    async handle(
      payload: GitlabPayload,
      deliveryKey: string | null,
    ): Promise<{ outcome: GitlabOutcome; requestId: string | null }> {
      const template = await readTemplate(db);
      const kind = payload.object_kind;
      const projectId = payload.project?.id;
      const issue: IssueFields | undefined =
        kind === 'issue' ? payload.object_attributes : kind === 'note' ? payload.issue : undefined;
      if (!issue || typeof projectId !== 'number' || typeof issue.iid !== 'number')
        return { outcome: 'ignored', requestId: null };
      if (kind === 'note' && payload.object_attributes?.noteable_type !== 'Issue')
        return { outcome: 'ignored', requestId: null };

      let wantsRequest = false;
      if (kind === 'issue') {
        const action = payload.object_attributes?.action;
        const gained = payload.changes?.labels
          ? hasLabel(payload.changes.labels.current, template.gitlabLabel) &&
            !hasLabel(payload.changes.labels.previous, template.gitlabLabel)
          : (action === 'open' || action === 'reopen') &&
            hasLabel(payload.labels, template.gitlabLabel);
        wantsRequest = gained;
      } else {
        wantsRequest = mentions(payload.object_attributes?.note ?? '', template.gitlabHandle);
      }
      const who = payload.user?.username
        ? `@${payload.user.username}`
        : (payload.user?.name ?? 'someone on GitLab');

      return db.transaction(async (tx) => {
        if (deliveryKey && !(await claimDelivery(tx, 'gitlab', deliveryKey)))
          return { outcome: 'duplicate_delivery' as const, requestId: null };
        const linked = await findRequestByGitlabIssue(tx, projectId, issue.iid!);
        if (linked) {
          const state =
            issue.state === 'closed' ? 'closed' : issue.state === 'opened' ? 'opened' : null;
          if (state && state !== linked.gitlab_issue_state) {
            await reflectIssueState(tx, linked, state, `GitLab: ${who}`);
            return { outcome: 'updated' as const, requestId: linked.id };
          }
          return { outcome: 'ignored' as const, requestId: linked.id };
        }
        if (!wantsRequest) return { outcome: 'ignored' as const, requestId: null };
        const title = (issue.title ?? '').trim().slice(0, REQUEST_LIMITS.title);
        if (!title)
          throw ValidationError.field(
            'body.object_attributes.title',
            'required',
            'the issue has no title',
          );
        const row = await createRequestInTx(
          tx,
          SYSTEM_CONTEXT,
          {
            title,
            problem: (issue.description ?? '').slice(0, REQUEST_LIMITS.text),
            links: issue.url ? [issue.url] : [],
            source: 'gitlab',
            requesterId: null,
            createdAt: clock(),
            requesterName: who,
            requesterTimeZone: null,
            gitlab: {
              projectId,
              projectPath: payload.project?.path_with_namespace ?? '',
              issueIid: issue.iid!,
              issueUrl: issue.url ?? '',
              issueState: issue.state ?? 'opened',
            },
          },
          `GitLab: ${who}`,
        );
        if (deliveryKey) await linkDelivery(tx, 'gitlab', deliveryKey, row.id);
        return { outcome: 'created' as const, requestId: row.id };
      });
    },
  };
}
