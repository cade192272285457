import type { Issue } from '../../../contracts/common.schema.js';
import { tellPublished } from '../notifications/published-notice.js';
import type {
  PostMortem,
  PostMortemCreate,
  PostMortemStatus,
  PostMortemTemplate,
  PostMortemTemplateUpdate,
  PostMortemTimeline,
  PostMortemUpdate,
} from '../../../contracts/post-mortem.schema.js';
import { buildPostMortemTimeline } from '../../../engine/reporting/post-mortem-timeline.js';
import type { Clock } from '../../clock/clock.js';
import { programToday } from '../../clock/program-clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import { DomainError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { lockProgramForPlanning } from '../plans/plan-membership.repository.js';
import { readTimelineFacts } from './post-mortem-history.repository.js';
import {
  applySectionContent,
  periodIssues,
  sectionsFromTemplate,
  templateIssues,
} from './post-mortem-rules.js';
import {
  findPostMortem,
  inactiveUsers,
  insertPostMortem,
  listPostMortems,
  POST_MORTEM_COLUMNS,
  POST_MORTEM_ENTITY,
  POST_MORTEM_LISTS,
  programFrame,
  readTemplate,
  TEMPLATE_ENTITY,
  TEMPLATE_ID,
  toPostMortem,
} from './post-mortem.repository.js';

/** A published post-mortem is history: it is neither edited, deleted nor published again. */
export class PostMortemPublishedError extends DomainError {
  constructor(doing: string) {
    super('post_mortem_published', `This post-mortem is published: it can no longer be ${doing}.`);
  }
}

const fail = (issues: Issue[]) => {
  if (issues.length) throw new ValidationError(issues);
};

/**
 * Post-mortems of a program, the organization's template they copy their sections
 * from, and the timeline of what happened (live for drafts, stored at publish).
 * Every write is one transaction with one audit row.
 */
export function createPostMortemService(db: Database, clock: Clock) {
  async function peopleIssues(tx: Queryable, input: PostMortemCreate | PostMortemUpdate) {
    const issues: Issue[] = [];
    if (input.facilitatorId && (await inactiveUsers(tx, [input.facilitatorId])).length)
      issues.push({
        path: 'body.facilitatorId',
        code: 'not_found',
        message: 'is not an active account',
      });
    for (const id of await inactiveUsers(tx, input.participantIds ?? []))
      issues.push({
        path: `body.participantIds[${input.participantIds!.indexOf(id)}]`,
        code: 'not_found',
        message: 'is not an active account',
      });
    return issues;
  }

  async function timelineOf(tx: Queryable, programId: string) {
    return buildPostMortemTimeline(await readTimelineFacts(tx, programId));
  }

  return {
    async list(programId: string, status?: PostMortemStatus): Promise<{ items: PostMortem[] }> {
      if (!(await programFrame(db, programId))) throw new NotFoundError('Program', programId);
      return { items: (await listPostMortems(db, programId, status)).map(toPostMortem) };
    },

    async get(id: string): Promise<PostMortem> {
      const row = await findPostMortem(db, id);
      if (!row) throw new NotFoundError('Post-mortem', id);
      return toPostMortem(row);
    },

    /** Copies the template's sections as they are now; the period defaults to start → today. */
    async create(
      ctx: RequestContext,
      programId: string,
      input: PostMortemCreate,
    ): Promise<PostMortem> {
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        const frame = (await programFrame(tx, programId))!;
        const periodTo = input.periodTo ?? programToday(clock, frame.timeZone);
        // A program that starts after today still gets a period that runs forwards.
        const periodFrom =
          input.periodFrom ?? (frame.startDay <= periodTo ? frame.startDay : periodTo);
        const template = await readTemplate(tx);
        const copied = applySectionContent(
          sectionsFromTemplate(template.sections),
          input.sectionContent ?? [],
        );
        fail([
          ...periodIssues(periodFrom, periodTo),
          ...copied.issues,
          ...(await peopleIssues(tx, input)),
        ]);
        const id = await insertPostMortem(tx, {
          programId,
          title: input.title,
          periodFrom,
          periodTo,
          wentWell: input.wentWell ?? [],
          didNotGoWell: input.didNotGoWell ?? [],
          rootCauses: input.rootCauses ?? [],
          sections: copied.sections,
          facilitatorId:
            input.facilitatorId !== undefined ? input.facilitatorId : (ctx.actor?.id ?? null),
          participantIds: input.participantIds ?? [],
        });
        const after = await POST_MORTEM_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: POST_MORTEM_ENTITY.auditType,
          entityId: id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },

    /** Changes only the fields named, while a draft. */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: PostMortemUpdate,
    ): Promise<PostMortem> {
      return db.transaction(async (tx) => {
        const current = await findPostMortem(tx, id);
        if (!current) throw new NotFoundError('Post-mortem', id);
        const changes = columnChanges(input, POST_MORTEM_COLUMNS);
        for (const [field, column] of Object.entries(POST_MORTEM_LISTS)) {
          const list = (input as Record<string, unknown>)[field];
          if (list !== undefined) changes[column] = JSON.stringify(list);
        }
        if (input.facilitatorId === null) changes.facilitator_id = null;
        return updateAuditedRow<PostMortem, { version: number; status: string }>(
          tx,
          ctx,
          POST_MORTEM_ENTITY,
          id,
          version,
          changes,
          async (locked) => {
            if (locked.status === 'published') throw new PostMortemPublishedError('edited');
            const now = (await findPostMortem(tx, id))!;
            const content = applySectionContent(now.sections, input.sectionContent ?? []);
            if (input.sectionContent) changes.sections = JSON.stringify(content.sections);
            fail([
              ...periodIssues(input.periodFrom ?? now.period_from, input.periodTo ?? now.period_to),
              ...content.issues,
              ...(await peopleIssues(tx, input)),
            ]);
          },
        );
      });
    },

    /** Stores the timeline as it stands; from then on the post-mortem does not change. */
    async publish(ctx: RequestContext, id: string, version: number): Promise<PostMortem> {
      return db.transaction(async (tx) => {
        const current = await findPostMortem(tx, id);
        if (!current) throw new NotFoundError('Post-mortem', id);
        const changes: Record<string, unknown> = {
          status: 'published',
          published_at: clock(),
          published_by_id: ctx.actor?.id ?? null,
        };
        return updateAuditedRow<PostMortem, { version: number; status: string }>(
          tx,
          ctx,
          POST_MORTEM_ENTITY,
          id,
          version,
          changes,
          async (locked) => {
            if (locked.status === 'published')
              throw new PostMortemPublishedError('published again');
            changes.timeline = JSON.stringify(await timelineOf(tx, current.program_id));
            await tellPublished(
              tx,
              [current.facilitator_id, ...current.participant_ids],
              ctx.actor?.id ?? null,
              {
                subjectKind: 'post_mortem',
                subjectId: id,
                programId: current.program_id,
                message: `The post-mortem “${current.title}”, which names you, was published.`,
                link: `/post-mortems/${id}`,
              },
            );
          },
        );
      });
    },

    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        const current = await findPostMortem(tx, id);
        if (!current) throw new NotFoundError('Post-mortem', id);
        if (current.status === 'published') throw new PostMortemPublishedError('deleted');
        await deleteAuditedRow(tx, ctx, POST_MORTEM_ENTITY, id, version);
      });
    },

    /** Live from the program's history while a draft; the stored one once published. */
    async timeline(id: string): Promise<PostMortemTimeline> {
      const row = await findPostMortem(db, id);
      if (!row) throw new NotFoundError('Post-mortem', id);
      if (row.timeline) return { postMortemId: id, snapshot: true, events: row.timeline };
      return { postMortemId: id, snapshot: false, events: await timelineOf(db, row.program_id) };
    },

    getTemplate: (): Promise<PostMortemTemplate> => readTemplate(db),

    /** New post-mortems copy the sections; existing ones keep the ones they copied. */
    async updateTemplate(
      ctx: RequestContext,
      version: number,
      body: PostMortemTemplateUpdate,
    ): Promise<PostMortemTemplate> {
      fail(templateIssues(body.sections));
      return db.transaction((tx) =>
        updateAuditedRow(tx, ctx, TEMPLATE_ENTITY, TEMPLATE_ID, version, {
          sections: JSON.stringify(body.sections),
        }),
      );
    },
  };
}
export type PostMortemService = ReturnType<typeof createPostMortemService>;
