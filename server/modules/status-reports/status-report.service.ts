import type {
  ReportSettings,
  ReportSettingsUpdate,
  StatusReport,
  StatusReportCreate,
  StatusReportDelivery,
  StatusReportDeliver,
  StatusReportDiff,
  StatusReportList,
  StatusReportListQuery,
  StatusReportUpdate,
} from '../../../contracts/status-report.schema.js';
import { programAudience, tellPublished } from '../notifications/published-notice.js';
import { draftSummary } from '../../../engine/reporting/draft-summary.js';
import { diffReports } from '../../../engine/reporting/report-diff.js';
import type { Clock } from '../../clock/clock.js';
import { programToday } from '../../clock/program-clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { DomainError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { programStandings } from '../access/access.repository.js';
import { programAccess } from '../access/program-access-policy.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { MailSender } from '../mail/mail-sender.js';
import { assertProgramExists } from '../plans/plan-membership.repository.js';
import type { ScheduleService } from '../schedules/schedule.service.js';
import { gatherReportFacts } from './gather-report-facts.js';
import { deliverToSlack } from './slack-delivery.js';
import { reportHtml, reportMarkdown } from './status-report-document.js';
import {
  findStatusReport,
  insertStatusReport,
  lastPublishedReport,
  listStatusReports,
  programReportBasics,
  saveSlackWebhook,
  type StatusReportRow,
} from './status-report.repository.js';

const AUDIT_TYPE = 'status_report';
const LABEL = 'Status report';

class ReportPublishedError extends DomainError {
  constructor(doing: string) {
    super(
      'report_published',
      `This status report is published and cannot be ${doing}: draft a new report instead.`,
    );
  }
}

function toStatusReport(r: StatusReportRow): StatusReport {
  const { snapshot: _snapshot, ...facts } = r.facts;
  const override = r.health_override
    ? { health: r.health_override, reason: r.health_override_reason ?? '' }
    : null;
  return {
    id: r.id,
    programId: r.program_id,
    programName: r.program_name,
    title: r.title,
    status: r.status,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    summary: r.summary,
    asks: r.asks,
    health: r.facts.health,
    healthOverride: override,
    effectiveHealth: override?.health ?? r.facts.health,
    facts,
    factsComputedAt: new Date(r.facts_computed_at).toISOString(),
    createdById: r.created_by,
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    publishedById: r.published_by,
    publishedByName: r.published_by_name,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/**
 * Status reports (docs/status-reports.md): drafted from live data, edited while a
 * draft, frozen when published. Drafts are seen only by those who may change the
 * program (its owners and editors, TPM managers, admins); to everyone else who reads
 * the program a draft does not exist (404), as a published report does.
 */
export function createStatusReportService(
  db: Database,
  clock: Clock,
  schedules: ScheduleService,
  mail: MailSender | null,
) {
  async function mayEdit(actor: Actor | null, programId: string): Promise<boolean> {
    if (!actor) return true; // internal callers (demo seeding, CLI in-process)
    const [standing] = await programStandings(db, 'program', [programId], actor.id);
    return standing
      ? programAccess(actor.role, standing.visibility, standing.membership).canEdit
      : false;
  }

  async function visibleRow(ctx: RequestContext, id: string): Promise<StatusReportRow> {
    const row = await findStatusReport(db, id);
    if (!row || (row.status === 'draft' && !(await mayEdit(ctx.actor, row.program_id))))
      throw new NotFoundError(LABEL, id);
    return row;
  }

  const read = async (tx: Queryable, id: string) =>
    toStatusReport((await findStatusReport(tx, id))!);

  async function computeFacts(
    tx: Queryable,
    programId: string,
    period: { start: string; end: string },
    exceptId: string | null,
  ) {
    const program = (await programReportBasics(tx, programId))!;
    const previous = await lastPublishedReport(tx, programId, exceptId);
    return gatherReportFacts(
      tx,
      { clock, schedules },
      {
        id: programId,
        targetDate: program.target_date,
        timeZone: program.time_zone,
        today: programToday(clock, program.time_zone),
      },
      period,
      previous?.facts.snapshot ?? null,
    );
  }

  /** Locks a draft at `version` for a change; a published one answers 409 with why. */
  async function lockDraft(tx: Queryable, id: string, version: number, doing: string) {
    const row = await lockVersionedRow<{ version: number; status: string }>(
      tx,
      'status_reports',
      LABEL,
      id,
      version,
    );
    if (row.status === 'published') throw new ReportPublishedError(doing);
  }

  async function audited(
    tx: Queryable,
    ctx: RequestContext,
    id: string,
    action: string,
    before: StatusReport | null,
  ) {
    const after = await read(tx, id);
    await recordAudit(tx, ctx, {
      entityType: AUDIT_TYPE,
      entityId: id,
      action,
      before,
      after,
      programId: after.programId,
    });
    return after;
  }

  return {
    async list(
      ctx: RequestContext,
      programId: string,
      query: StatusReportListQuery,
    ): Promise<StatusReportList> {
      await assertProgramExists(db, programId);
      const limit = query.limit ?? 50;
      const offset = query.offset ?? 0;
      const { rows, total } = await listStatusReports(db, programId, {
        status: query.status,
        includeDrafts: await mayEdit(ctx.actor, programId),
        limit,
        offset,
      });
      return {
        items: rows.map((r) => {
          const full = toStatusReport(r);
          return {
            id: full.id,
            programId: full.programId,
            title: full.title,
            status: full.status,
            periodStart: full.periodStart,
            periodEnd: full.periodEnd,
            effectiveHealth: full.effectiveHealth,
            publishedAt: full.publishedAt,
            version: full.version,
            createdAt: full.createdAt,
          };
        }),
        total,
        limit,
        offset,
      };
    },

    async get(ctx: RequestContext, id: string): Promise<StatusReport> {
      return toStatusReport(await visibleRow(ctx, id));
    },

    async draft(
      ctx: RequestContext,
      programId: string,
      input: StatusReportCreate,
    ): Promise<StatusReport> {
      return db.transaction(async (tx) => {
        const program = await programReportBasics(tx, programId);
        if (!program) throw new NotFoundError('Program', programId);
        const previous = await lastPublishedReport(tx, programId);
        const periodEnd = input.periodEnd ?? programToday(clock, program.time_zone);
        const periodStart =
          input.periodStart ?? previous?.period_end ?? program.start_date ?? periodEnd;
        if (periodStart > periodEnd)
          throw ValidationError.field(
            input.periodStart ? 'body.periodStart' : 'body.periodEnd',
            'out_of_range',
            `must be on or before the end of the period (${periodEnd}), and the period starts ${periodStart}`,
          );
        const facts = await computeFacts(
          tx,
          programId,
          { start: periodStart, end: periodEnd },
          null,
        );
        const id = await insertStatusReport(tx, {
          programId,
          title: `${program.name} status ${periodEnd}`,
          periodStart,
          periodEnd,
          summary: draftSummary(facts),
          facts,
          factsComputedAt: clock(),
          createdBy: ctx.actor?.id ?? null,
        });
        return audited(tx, ctx, id, 'create', null);
      });
    },

    /** Changes only the fields named, while a draft. */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: StatusReportUpdate,
    ): Promise<StatusReport> {
      await visibleRow(ctx, id);
      return db.transaction(async (tx) => {
        await lockDraft(tx, id, version, 'changed');
        const before = await read(tx, id);
        const changes: Record<string, unknown> = {};
        if (input.summary !== undefined) changes.summary = input.summary;
        if (input.asks !== undefined) changes.asks = input.asks;
        if (input.healthOverride !== undefined) {
          const reason = input.healthOverride?.reason.trim();
          if (input.healthOverride && !reason)
            throw ValidationError.field(
              'body.healthOverride.reason',
              'required',
              'say why the health is overridden',
            );
          changes.health_override = input.healthOverride?.health ?? null;
          changes.health_override_reason = input.healthOverride ? reason : null;
        }
        await updateVersionedRow(tx, 'status_reports', id, changes);
        return audited(tx, ctx, id, 'update', before);
      });
    },

    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await visibleRow(ctx, id);
      await db.transaction(async (tx) => {
        await lockDraft(tx, id, version, 'deleted');
        const before = await read(tx, id);
        await tx.query('DELETE FROM status_reports WHERE id = $1', [id]);
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

    /** Freezes the report: from now on it is what it says, whatever the plan does. */
    async publish(ctx: RequestContext, id: string, version: number): Promise<StatusReport> {
      await visibleRow(ctx, id);
      return db.transaction(async (tx) => {
        await lockDraft(tx, id, version, 'published again');
        const before = await read(tx, id);
        await updateVersionedRow(tx, 'status_reports', id, {
          status: 'published',
          published_at: clock(),
          published_by: ctx.actor?.id ?? null,
        });
        const published = await audited(tx, ctx, id, 'publish', before);
        await tellPublished(
          tx,
          await programAudience(tx, published.programId),
          ctx.actor?.id ?? null,
          {
            subjectKind: 'status_report',
            subjectId: id,
            programId: published.programId,
            message: `The status report “${published.title}” of ${published.programName} was published.`,
            link: `/status-reports/${id}`,
          },
        );
        return published;
      });
    },

    /** Recomputes a draft's facts from live data; the summary, asks and override stay. */
    async refresh(ctx: RequestContext, id: string, version: number): Promise<StatusReport> {
      await visibleRow(ctx, id);
      return db.transaction(async (tx) => {
        await lockDraft(tx, id, version, 'refreshed');
        const before = await read(tx, id);
        const facts = await computeFacts(
          tx,
          before.programId,
          { start: before.periodStart, end: before.periodEnd },
          id,
        );
        await updateVersionedRow(tx, 'status_reports', id, {
          facts: JSON.stringify(facts),
          facts_computed_at: clock(),
        });
        return audited(tx, ctx, id, 'refresh', before);
      });
    },

    async exportDocument(
      ctx: RequestContext,
      id: string,
      format: 'markdown' | 'html',
    ): Promise<{ contentType: string; body: string }> {
      const report = toStatusReport(await visibleRow(ctx, id));
      return format === 'html'
        ? { contentType: 'text/html; charset=utf-8', body: reportHtml(report) }
        : { contentType: 'text/markdown; charset=utf-8', body: reportMarkdown(report) };
    },

    async diff(ctx: RequestContext, id: string, againstId: string): Promise<StatusReportDiff> {
      const to = await visibleRow(ctx, id);
      const from = await findStatusReport(db, againstId);
      if (
        !from ||
        from.program_id !== to.program_id ||
        (from.status === 'draft' && !(await mayEdit(ctx.actor, from.program_id)))
      )
        throw new NotFoundError(LABEL, againstId, 'query.against');
      // Older first, whichever way round they were named.
      const [a, b] = from.period_end <= to.period_end ? [from, to] : [to, from];
      const d = diffReports(
        { ...a.facts, health: a.health_override ?? a.facts.health },
        { ...b.facts, health: b.health_override ?? b.facts.health },
      );
      return {
        from: { id: a.id, title: a.title },
        to: { id: b.id, title: b.title },
        ...d,
        health: d.health as StatusReportDiff['health'],
      };
    },

    async deliver(
      ctx: RequestContext,
      id: string,
      input: StatusReportDeliver,
    ): Promise<StatusReportDelivery> {
      const report = toStatusReport(await visibleRow(ctx, id));
      const basics = (await programReportBasics(db, report.programId))!;
      if (!input.email?.length && !input.slack)
        throw ValidationError.field('body', 'required', 'name e-mail addresses, or slack: true');
      if (input.email?.length && !mail)
        throw ValidationError.field(
          'body.email',
          'not_configured',
          'e-mail is not configured on this server (set WAYMARK_SMTP_URL)',
        );
      if (input.slack && !basics.slack_webhook_url)
        throw ValidationError.field(
          'body.slack',
          'not_configured',
          "this program has no Slack webhook: set slackWebhookUrl in the program's report settings",
        );
      const subject = `${report.title} (${report.effectiveHealth})`;
      // A mail or Slack server that fails is not the caller's fault, nor ours: 503 with why.
      const unavailable = (where: string, error: unknown) =>
        new DomainError(
          'service_unavailable',
          `The report could not be delivered by ${where}: ${(error as Error).message}`,
        );
      for (const address of input.email ?? [])
        await mail!
          .send(
            { email: address, name: address },
            { subject, text: reportMarkdown(report), html: reportHtml(report) },
          )
          .catch((error: unknown) => {
            throw unavailable('e-mail', error);
          });
      if (input.slack)
        await deliverToSlack(basics.slack_webhook_url!, report).catch((error: unknown) => {
          throw unavailable('Slack', error);
        });
      return { email: input.email ?? [], slack: input.slack ?? false };
    },

    async settings(programId: string): Promise<ReportSettings> {
      const basics = await programReportBasics(db, programId);
      if (!basics) throw new NotFoundError('Program', programId);
      const r = await db.query<{ version: number }>(
        'SELECT version FROM program_report_settings WHERE program_id = $1',
        [programId],
      );
      return {
        programId,
        slackWebhookUrl: basics.slack_webhook_url,
        version: r.rows[0]?.version ?? 0,
      };
    },

    async updateSettings(
      ctx: RequestContext,
      programId: string,
      input: ReportSettingsUpdate,
    ): Promise<ReportSettings> {
      await assertProgramExists(db, programId);
      await db.transaction(async (tx) => {
        await tx.query('SELECT id FROM programs WHERE id = $1 FOR UPDATE', [programId]);
        const before = await tx.query<{ slack_webhook_url: string | null; version: number }>(
          'SELECT slack_webhook_url, version FROM program_report_settings WHERE program_id = $1',
          [programId],
        );
        const current = before.rows[0]?.version ?? 0;
        if (input.version !== undefined && input.version !== current)
          throw ValidationError.field(
            'body.version',
            'stale',
            `the settings changed since you read them (version ${current} now)`,
          );
        const saved = await saveSlackWebhook(tx, programId, input.slackWebhookUrl);
        // The URL is a secret: the audit row says whether one is set, not what it is.
        await recordAudit(tx, ctx, {
          entityType: 'program_report_settings',
          entityId: programId,
          action: 'update',
          before: { slackWebhookSet: Boolean(before.rows[0]?.slack_webhook_url) },
          after: { slackWebhookSet: saved.slack_webhook_url !== null },
          programId,
        });
      });
      return this.settings(programId);
    },
  };
}
export type StatusReportService = ReturnType<typeof createStatusReportService>;
