import type {
  ActionItem,
  ActionItemCreate,
  ActionItemPage,
  ActionItemQuery,
  ActionItemUpdate,
} from '../../../contracts/action-item.schema.js';
import type { Issue } from '../../../contracts/common.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { programStandings } from '../access/access.repository.js';
import { grants, programAccess, seesEveryProgram } from '../access/program-access-policy.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import { notify } from '../notifications/notify.js';
import { completedAtAfter, isActionItemOverdue, sourceIssues } from './action-item-rules.js';
import {
  ACTION_ITEM_COLUMNS,
  activeAccount,
  allProgramIds,
  findActionItem,
  insertActionItem,
  isSourceOfProgram,
  isReviewOf,
  PROGRAM_SOURCES,
  type ProgramSourceKind,
  listActionItems,
  type ActionItemRow,
} from './action-item.repository.js';

const AUDIT_TYPE = 'action_item';
const LABEL = 'Action item';
const MANAGERS = ['admin', 'tpm_manager'];

export function toActionItem(r: ActionItemRow): ActionItem {
  return {
    id: r.id,
    programId: r.program_id,
    programName: r.program_name,
    title: r.title,
    notes: r.notes,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    createdById: r.created_by_id,
    dueDate: r.due_date,
    status: r.status,
    completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
    overdue: isActionItemOverdue(r.status, r.due_date, r.local_today),
    sourceKind: r.source_kind,
    sourceId: r.source_id,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** Whether this account may change the program's rows (the program's one rule). */
async function mayWriteProgram(db: Queryable, actor: Actor, programId: string) {
  const [standing] = await programStandings(db, 'program', [programId], actor.id);
  return (
    !!standing &&
    grants(programAccess(actor.role, standing.visibility, standing.membership), 'write')
  );
}

/**
 * Action items: what one person owes by a date, of a program or of the portfolio.
 * Every write is one transaction with one audit row; giving an item to someone
 * else notifies them (kind `assigned`) in that transaction.
 */
export function createActionItemService(db: Database, clock: Clock) {
  const read = async (tx: Queryable, id: string) => {
    const row = await findActionItem(tx, clock(), id);
    if (!row) throw new NotFoundError(LABEL, id);
    return row;
  };

  /** The owner is an active account that can see the item's program. */
  async function ownerIssues(
    tx: Queryable,
    ownerId: string,
    programId: string | null,
  ): Promise<Issue[]> {
    const owner = await activeAccount(tx, ownerId);
    if (!owner)
      return [{ path: 'body.ownerId', code: 'not_found', message: 'is not an active account' }];
    if (programId && !(await programSight(tx, owner, [programId])).canRead(programId))
      return [
        {
          path: 'body.ownerId',
          code: 'invalid',
          message: 'cannot see this program, so cannot own its action items',
        },
      ];
    return [];
  }

  async function tellOwner(tx: Queryable, ctx: RequestContext, row: ActionItemRow) {
    if (row.owner_id === ctx.actor?.id) return;
    await notify(tx, {
      userId: row.owner_id,
      kind: 'assigned',
      subjectKind: 'action_item',
      subjectId: row.id,
      programId: row.program_id,
      message: `${ctx.actor?.name ?? 'Someone'} gave you an action item: "${row.title}"${row.due_date ? `, due ${row.due_date}` : ''}.`,
      link: '/action-items',
    });
  }

  /**
   * Who may change an item beyond its status: for a program's item, who may change
   * the program; for a portfolio item, its creator, its owner, managers and admins.
   */
  async function mayEdit(tx: Queryable, actor: Actor, row: ActionItemRow) {
    if (row.program_id) return mayWriteProgram(tx, actor, row.program_id);
    return (
      MANAGERS.includes(actor.role) || actor.id === row.created_by_id || actor.id === row.owner_id
    );
  }

  return {
    async list(ctx: RequestContext, query: ActionItemQuery): Promise<ActionItemPage> {
      const actor = ctx.actor!;
      let visiblePrograms: string[] | null = null;
      if (!seesEveryProgram(actor.role)) {
        const sight = await programSight(db, actor);
        visiblePrograms = (await allProgramIds(db)).filter((id) => sight.canRead(id));
      }
      const limit = query.limit ?? 50;
      const offset = query.offset ?? 0;
      const { rows, total } = await listActionItems(db, clock(), {
        state: query.state,
        ownerId: query.ownerId === 'me' ? actor.id : query.ownerId,
        programId: query.programId,
        sourceKind: query.sourceKind,
        sourceId: query.sourceId,
        visiblePrograms,
        limit,
        offset,
      });
      return { items: rows.map(toActionItem), total, limit, offset };
    },

    async get(_ctx: RequestContext, id: string): Promise<ActionItem> {
      return toActionItem(await read(db, id));
    },

    async create(ctx: RequestContext, input: ActionItemCreate): Promise<ActionItem> {
      return db.transaction((tx) => this.createIn(tx, ctx, input));
    },

    /**
     * `create` inside the caller's transaction: a review's outcome writes the item and
     * the outcome together.
     */
    async createIn(
      tx: Queryable,
      ctx: RequestContext,
      input: ActionItemCreate,
    ): Promise<ActionItem> {
      const actor = ctx.actor!;
      const programId = input.programId ?? null;
      const sourceKind = input.sourceKind ?? 'manual';
      const sourceId = input.sourceId ?? null;
      const ownerId = input.ownerId ?? actor.id;
      {
        if (programId) {
          const exists = await tx.query('SELECT 1 FROM programs WHERE id = $1 FOR KEY SHARE', [
            programId,
          ]);
          if (!exists.rowCount)
            throw ValidationError.field('body.programId', 'not_found', 'is not a program');
        }
        const issues = [
          ...(await ownerIssues(tx, ownerId, programId)),
          ...sourceIssues(sourceKind, sourceId),
        ];
        if (sourceId && sourceKind in PROGRAM_SOURCES) {
          const kind = sourceKind as ProgramSourceKind;
          const { noun } = PROGRAM_SOURCES[kind];
          if (!(await isSourceOfProgram(tx, kind, sourceId, programId)))
            issues.push({
              path: 'body.sourceId',
              code: 'not_found',
              message: programId
                ? `is not a ${noun} of this program`
                : `names a ${noun}, and ${noun}s belong to programs: send its programId too`,
            });
        }
        if (sourceKind === 'review' && sourceId && !(await isReviewOf(tx, sourceId, programId)))
          issues.push({
            path: 'body.sourceId',
            code: 'not_found',
            message: programId
              ? 'is not a review of this program or of the portfolio'
              : 'is not a portfolio review: send the programId of a program review',
          });
        if (issues.length) throw new ValidationError(issues);
        const id = await insertActionItem(tx, { ...input, ownerId, createdById: actor.id });
        const after = await read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'create',
          before: null,
          after: toActionItem(after),
          programId,
        });
        await tellOwner(tx, ctx, after);
        return toActionItem(after);
      }
    },

    /** Changes only the fields named; the owner may always change the status of their own item. */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: ActionItemUpdate,
    ): Promise<ActionItem> {
      const actor = ctx.actor!;
      const row = await db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'action_items', LABEL, id, version);
        const before = await read(tx, id);
        const named = Object.keys(input).filter((k) => k !== 'version');
        const statusOnly = named.every((k) => k === 'status');
        if (!(await mayEdit(tx, actor, before)) && !(statusOnly && actor.id === before.owner_id))
          throw new ForbiddenError(
            before.program_id
              ? 'Only people who may change this program change its action items; the owner may mark theirs done.'
              : 'Only its creator, its owner, TPM managers and admins change a portfolio action item.',
          );
        if (input.ownerId && input.ownerId !== before.owner_id) {
          const issues = await ownerIssues(tx, input.ownerId, before.program_id);
          if (issues.length) throw new ValidationError(issues);
        }
        const changes = columnChanges(input, ACTION_ITEM_COLUMNS);
        if (input.status !== undefined)
          changes.completed_at = completedAtAfter(
            { status: before.status, completedAt: before.completed_at?.toISOString() ?? null },
            input.status,
            clock().toISOString(),
          );
        // A new due date earns new reminders.
        if (input.dueDate !== undefined && input.dueDate !== before.due_date) {
          changes.due_notified_at = null;
          changes.overdue_notified_at = null;
        }
        await updateVersionedRow(tx, 'action_items', id, changes);
        const after = await read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'update',
          before: toActionItem(before),
          after: toActionItem(after),
          programId: before.program_id,
        });
        if (after.owner_id !== before.owner_id) await tellOwner(tx, ctx, after);
        return after;
      });
      return toActionItem(row);
    },

    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      const actor = ctx.actor!;
      await db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'action_items', LABEL, id, version);
        const before = await read(tx, id);
        // A program's items: the route's rule already asked for program write.
        if (
          !before.program_id &&
          !MANAGERS.includes(actor.role) &&
          actor.id !== before.created_by_id
        )
          throw new ForbiddenError(
            'Only its creator, TPM managers and admins delete a portfolio action item.',
          );
        await tx.query('DELETE FROM action_items WHERE id = $1', [id]);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'delete',
          before: toActionItem(before),
          after: null,
          programId: before.program_id,
        });
      });
    },
  };
}
export type ActionItemService = ReturnType<typeof createActionItemService>;
