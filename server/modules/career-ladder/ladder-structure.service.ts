import type {
  CareerLevel,
  CareerTrack,
  LevelCreate,
  TrackCreate,
} from '../../../contracts/career-ladder.schema.js';
import type { Issue } from '../../../contracts/common.schema.js';
import type { Database } from '../../db/database.js';
import { lockVersionedRow } from '../../db/versioned-row.js';
import { DomainError, ForbiddenError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { deleteAuditedRow } from '../audit/audited-row.js';
import { LEVEL_ENTITY, TRACK_ENTITY } from './career-ladder.repository.js';
import {
  insertLevel,
  insertTrack,
  levelReferences,
  trackReferences,
} from './ladder-structure.repository.js';

function assertAdmin(ctx: RequestContext) {
  if (ctx.actor?.role !== 'admin')
    throw new ForbiddenError('Only an admin can edit the career ladder.');
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One 409 naming every record in the way, each as an issue on the field that resolves it. */
function inUse(what: string, blockers: Issue[], way: string): DomainError {
  return new DomainError(
    'in_use',
    `${what} is still in use: ${blockers.map((b) => b.message).join('; ')}. ${way}`,
    blockers,
  );
}

/**
 * Adding and removing tracks and levels. A person's track and level, and the roles the
 * headcount plan opens at them, are decisions about people: a delete never clears them
 * silently, they must move first. The ladder's own text at a level (expectations) and
 * assessments made at it go with the level only when the caller says so.
 */
export function createLadderStructureService(db: Database) {
  return {
    async createTrack(ctx: RequestContext, input: TrackCreate): Promise<CareerTrack> {
      assertAdmin(ctx);
      return db.transaction(async (tx) => {
        const id = await insertTrack(tx, input);
        const after = await TRACK_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: TRACK_ENTITY.auditType,
          entityId: id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },
    async removeTrack(ctx: RequestContext, id: string, version: number): Promise<void> {
      assertAdmin(ctx);
      await db.transaction(async (tx) => {
        await lockVersionedRow(tx, TRACK_ENTITY.table, TRACK_ENTITY.label, id, version);
        const track = await TRACK_ENTITY.read(tx, id);
        const { people, roles } = await trackReferences(tx, id);
        const blockers: Issue[] = [];
        if (people > 0)
          blockers.push({
            path: 'params.id',
            code: 'in_use',
            message: `${counted(people, 'person is', 'people are')} on it`,
          });
        if (roles > 0)
          blockers.push({
            path: 'params.id',
            code: 'in_use',
            message: `${counted(roles, 'headcount role is', 'headcount roles are')} planned on it`,
          });
        if (blockers.length > 0)
          throw inUse(
            `Career track "${track.name}"`,
            blockers,
            'Move them to another track first, or rename this track instead.',
          );
        await deleteAuditedRow(tx, ctx, TRACK_ENTITY, id, version);
      });
    },
    async createLevel(ctx: RequestContext, input: LevelCreate): Promise<CareerLevel> {
      assertAdmin(ctx);
      return db.transaction(async (tx) => {
        const id = await insertLevel(tx, input);
        const after = await LEVEL_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: LEVEL_ENTITY.auditType,
          entityId: id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },
    async removeLevel(
      ctx: RequestContext,
      id: string,
      version: number,
      take: { expectations: boolean; assessments: boolean },
    ): Promise<void> {
      assertAdmin(ctx);
      await db.transaction(async (tx) => {
        // Locked first, so nobody is put on the level between the count and the delete.
        await lockVersionedRow(tx, LEVEL_ENTITY.table, LEVEL_ENTITY.label, id, version);
        const level = await LEVEL_ENTITY.read(tx, id);
        const refs = await levelReferences(tx, id);
        const blockers: Issue[] = [];
        if (refs.people > 0)
          blockers.push({
            path: 'params.id',
            code: 'in_use',
            message: `${counted(refs.people, 'person is', 'people are')} on it`,
          });
        if (refs.roles > 0)
          blockers.push({
            path: 'params.id',
            code: 'in_use',
            message: `${counted(refs.roles, 'headcount role is', 'headcount roles are')} planned at it`,
          });
        if (refs.expectations > 0 && !take.expectations)
          blockers.push({
            path: 'query.withExpectations',
            code: 'in_use',
            message: `${counted(refs.expectations, 'competency sets', 'competencies set')} an expectation at it`,
          });
        if (refs.assessments > 0 && !take.assessments)
          blockers.push({
            path: 'query.withAssessments',
            code: 'in_use',
            message: `${counted(refs.assessedPeople, 'person has', 'people have')} ${counted(refs.assessments, 'assessment', 'assessments')} at it`,
          });
        if (blockers.length > 0) {
          const ways = [];
          if (refs.people > 0 || refs.roles > 0)
            ways.push('Move the people and roles to another level first');
          const flags = blockers
            .map((b) => b.path)
            .filter((p) => p.startsWith('query.'))
            .map((p) => `${p.slice('query.'.length)}=true`);
          if (flags.length > 0) ways.push(`add ${flags.join(' and ')} to delete those with it`);
          const way = `${ways.join('; ')}; or rename the level instead.`;
          throw inUse(
            `Career level "${level.name}"`,
            blockers,
            way.charAt(0).toUpperCase() + way.slice(1),
          );
        }
        // The foreign keys cascade expectations and assessments: they were counted and allowed.
        await deleteAuditedRow(tx, ctx, LEVEL_ENTITY, id, version);
      });
    },
  };
}
