import type { Issue } from '../../../contracts/common.schema.js';
import type {
  Decision,
  DecisionCreate,
  DecisionStatus,
  DecisionUpdate,
  PortfolioDecisionQuery,
  ProgramDecisionQuery,
} from '../../../contracts/decision.schema.js';
import { utcDay, type Clock } from '../../clock/clock.js';
import { programToday } from '../../clock/program-clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { lockVersionedRow, updateVersionedRow, columnChanges } from '../../db/versioned-row.js';
import { ForbiddenError, InUseError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { programSight, type ProgramSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import { isDecisionOverdue } from './decision-overdue.js';
import { tellDecider } from './decision-needed.js';
import {
  DECISION_COLUMNS,
  DECISION_LINKS,
  decisionsSupersededBy,
  findDecision,
  insertDecision,
  isActiveUser,
  linksOutsideProgram,
  listPortfolioDecisions,
  listProgramDecisions,
  programTimeZone,
  replaceLinks,
  replaceOptions,
  scopeOfDecision,
  type DecisionRow,
} from './decision.repository.js';
import { decisionStateIssues, optionIssues } from './decision-rules.js';

const AUDIT_TYPE = 'decision';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who records and changes portfolio decisions (those of no program). */
export const PORTFOLIO_DECISION_ROLES = ['admin', 'tpm_manager'] as const;
export const PORTFOLIO_DECISION_REFUSAL =
  'Only a TPM manager or an admin records and changes portfolio decisions.';

/**
 * The decision log: each program's decisions and the portfolio's own. Every write
 * is one transaction with one audit row (portfolio decisions' rows name no program).
 */
export function createDecisionService(db: Database, clock: Clock) {
  /** The program's today in its zone; UTC today for the portfolio. */
  const todayIn = (timeZone: string | null) =>
    timeZone ? programToday(clock, timeZone) : utcDay(clock);

  function toDecision(r: DecisionRow, sight: ProgramSight | null): Decision {
    const moneyShown = r.program_id === null || !sight || sight.canSeeMoney(r.program_id);
    return {
      id: r.id,
      programId: r.program_id,
      programName: r.program_name,
      title: r.title,
      context: r.context,
      options: r.options.map((o) => ({
        name: o.name,
        pros: o.pros,
        cons: o.cons,
        cost: moneyShown && o.cost !== null ? Number(o.cost) : null,
      })),
      decision: r.decision,
      chosenOption: r.chosen_option,
      decidedById: r.decided_by_id,
      decidedByName: r.decided_by_name,
      decidedOn: r.decided_on,
      status: r.status,
      supersededById: r.superseded_by_id,
      supersededBy:
        r.superseded_by_id && r.superseded_by_title !== null
          ? { id: r.superseded_by_id, title: r.superseded_by_title }
          : null,
      supersedes: r.supersedes,
      neededBy: r.needed_by,
      overdue: isDecisionOverdue(r.status, r.needed_by, todayIn(r.time_zone)),
      riskIds: r.links.riskIds,
      issueIds: r.links.issueIds,
      changeRequestIds: r.links.changeRequestIds,
      version: r.version,
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
    };
  }

  const read = async (tx: Queryable, id: string) => toDecision((await findDecision(tx, id))!, null);

  const keep = (items: Decision[], overdue: boolean | undefined) =>
    overdue === undefined ? items : items.filter((d) => d.overdue === overdue);

  /** References a write names: an active decider, a visible successor, links of the program. */
  async function referenceIssues(
    tx: Queryable,
    programId: string | null,
    input: DecisionCreate | DecisionUpdate,
  ): Promise<Issue[]> {
    const issues: Issue[] = [];
    if (input.decidedById && !(await isActiveUser(tx, input.decidedById)))
      issues.push({
        path: 'body.decidedById',
        code: 'not_found',
        message: 'is not an active account',
      });
    if (input.supersededById) {
      const successor = await scopeOfDecision(tx, input.supersededById);
      // Of the same program, or a portfolio decision (which everyone sees).
      if (!successor || (successor.programId !== null && successor.programId !== programId))
        issues.push({
          path: 'body.supersededById',
          code: 'not_found',
          message:
            programId === null
              ? 'is not a portfolio decision'
              : 'is not a decision of this program or of the portfolio',
        });
    }
    for (const link of DECISION_LINKS) {
      const ids = input[link.field];
      if (!ids) continue;
      for (const id of await linksOutsideProgram(tx, link, programId, ids))
        issues.push({
          path: `body.${link.field}[${ids.indexOf(id)}]`,
          code: 'not_found',
          message:
            programId === null
              ? `cannot be linked: a portfolio decision belongs to no program, and ${link.noun}s do`
              : `is not a ${link.noun} of this program`,
        });
    }
    return issues;
  }

  /**
   * Moving to decided fills in the day (the program's today) and the decider (the
   * caller) when the request leaves them out and none is stored; a null sent stays null.
   */
  function decidedDefaults(
    ctx: RequestContext,
    timeZone: string | null,
    becomesDecided: boolean,
    sent: { decidedOn?: string | null; decidedById?: string | null },
    stored: { decidedOn: string | null; decidedById: string | null },
  ) {
    if (!becomesDecided) return {};
    return {
      ...(sent.decidedOn === undefined && stored.decidedOn === null
        ? { decidedOn: todayIn(timeZone) }
        : {}),
      ...(sent.decidedById === undefined && stored.decidedById === null && ctx.actor
        ? { decidedById: ctx.actor.id }
        : {}),
    };
  }

  async function writeLists(tx: Queryable, id: string, input: DecisionCreate | DecisionUpdate) {
    if (input.options) await replaceOptions(tx, id, input.options);
    for (const link of DECISION_LINKS) {
      const ids = input[link.field];
      if (ids) await replaceLinks(tx, id, link, ids);
    }
  }

  const fail = (issues: Issue[]) => {
    if (issues.length) throw new ValidationError(issues);
  };

  return {
    async list(
      ctx: RequestContext,
      programId: string,
      query: ProgramDecisionQuery,
    ): Promise<{ items: Decision[] }> {
      await assertProgramExists(db, programId);
      const sight = await programSight(db, ctx.actor, [programId]);
      const rows = await listProgramDecisions(db, programId, query);
      return {
        items: keep(
          rows.map((r) => toDecision(r, sight)),
          query.overdue,
        ),
      };
    },

    /** Every decision of every program the caller sees, and the portfolio's own. */
    async listPortfolio(
      ctx: RequestContext,
      query: PortfolioDecisionQuery,
    ): Promise<{ items: Decision[] }> {
      const sight = await programSight(db, ctx.actor);
      const rows = (await listPortfolioDecisions(db, query)).filter(
        (r) => r.program_id === null || sight.canRead(r.program_id),
      );
      return {
        items: keep(
          rows.map((r) => toDecision(r, sight)),
          query.overdue,
        ),
      };
    },

    async get(ctx: RequestContext, id: string): Promise<Decision> {
      const row = await findDecision(db, id);
      if (!row) throw new NotFoundError('Decision', id);
      const sight = await programSight(db, ctx.actor, row.program_id ? [row.program_id] : []);
      return toDecision(row, sight);
    },

    /** A decision of a program, or of the portfolio when `programId` is null. */
    async create(
      ctx: RequestContext,
      programId: string | null,
      input: DecisionCreate,
    ): Promise<Decision> {
      const decision = await db.transaction((tx) => this.createIn(tx, ctx, programId, input));
      return this.get(ctx, decision.id);
    },

    /**
     * `create` inside the caller's transaction (a review's decision outcome writes
     * the decision and the outcome together); returns the decision as stored.
     */
    async createIn(
      tx: Queryable,
      ctx: RequestContext,
      programId: string | null,
      input: DecisionCreate,
    ): Promise<Decision> {
      if (programId) await lockProgramForPlanning(tx, programId);
      const timeZone = programId ? await programTimeZone(tx, programId) : null;
      const status: DecisionStatus = input.status ?? 'proposed';
      const filled = {
        ...input,
        status,
        ...decidedDefaults(ctx, timeZone, status === 'decided', input, {
          decidedOn: null,
          decidedById: null,
        }),
      };
      fail([
        ...optionIssues(input.options ?? []),
        ...decisionStateIssues({
          id: null,
          status,
          decision: input.decision ?? null,
          chosenOption: input.chosenOption ?? null,
          optionCount: input.options?.length ?? 0,
          supersededById: input.supersededById ?? null,
        }),
        ...(await referenceIssues(tx, programId, input)),
      ]);
      const id = await insertDecision(tx, programId, filled);
      await writeLists(tx, id, input);
      const after = await read(tx, id);
      await tellDecider(tx, ctx, after, null);
      await recordAudit(tx, ctx, {
        entityType: AUDIT_TYPE,
        entityId: id,
        action: 'create',
        before: null,
        after,
        programId,
      });
      return after;
    },

    /** Changes only the fields named; `options` and `riskIds` replace their lists. */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: DecisionUpdate,
    ): Promise<Decision> {
      await db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'decisions', 'Decision', id, version);
        const before = await read(tx, id);
        const timeZone = (await findDecision(tx, id))!.time_zone;
        const status = input.status ?? before.status;
        // Leaving superseded lets go of the decision that replaced it, unless one is named.
        const supersededById =
          input.supersededById !== undefined
            ? input.supersededById
            : status === 'superseded'
              ? before.supersededById
              : null;
        fail([
          ...optionIssues(input.options ?? []),
          ...decisionStateIssues({
            id,
            status,
            decision: input.decision !== undefined ? input.decision : before.decision,
            chosenOption:
              input.chosenOption !== undefined ? input.chosenOption : before.chosenOption,
            optionCount: input.options?.length ?? before.options.length,
            supersededById,
          }),
          ...(await referenceIssues(tx, before.programId, input)),
        ]);
        const changes = columnChanges(
          {
            ...input,
            supersededById,
            ...decidedDefaults(
              ctx,
              timeZone,
              status === 'decided' && before.status !== 'decided',
              input,
              before,
            ),
          },
          DECISION_COLUMNS,
        );
        // Fields sent as null clear their column (columnChanges leaves out only the absent).
        for (const [field, column] of Object.entries(DECISION_COLUMNS))
          if ((input as Record<string, unknown>)[field] === null) changes[column] = null;
        if (supersededById === null) changes.superseded_by_id = null;
        await updateVersionedRow(tx, 'decisions', id, changes);
        await writeLists(tx, id, input);
        await tellDecider(tx, ctx, await read(tx, id), before);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'update',
          before,
          after: await read(tx, id),
          programId: before.programId,
        });
      });
      return this.get(ctx, id);
    },

    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'decisions', 'Decision', id, version);
        const replaced = await decisionsSupersededBy(tx, id);
        if (replaced.length)
          throw new InUseError(
            'params.id',
            `This decision superseded ${replaced.map((t) => `"${t}"`).join(', ')}. Point ${replaced.length === 1 ? 'that decision' : 'those decisions'} at another one, or change ${replaced.length === 1 ? 'its' : 'their'} status, before deleting this one.`,
          );
        const before = await read(tx, id);
        await tx.query('DELETE FROM decisions WHERE id = $1', [id]);
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

    /**
     * A portfolio decision is changed only by TPM managers and admins; a program's
     * follows the program's rule (the access-control plugin's). Runs before the body
     * is read, so a refusal never depends on what was sent.
     */
    async assertMayChange(actor: Actor | null, id: string): Promise<void> {
      if (!actor || PORTFOLIO_DECISION_ROLES.includes(actor.role as never)) return;
      // A malformed id is the validator's to answer (400), not the database's.
      if (!UUID.test(id)) return;
      const scope = await scopeOfDecision(db, id);
      if (scope && scope.programId === null) throw new ForbiddenError(PORTFOLIO_DECISION_REFUSAL);
    },
  };
}
export type DecisionService = ReturnType<typeof createDecisionService>;
