import type {
  AssessmentPut,
  CareerLadder,
  CareerLevel,
  Assessment,
  Competency,
  CompetencyCreate,
  CompetencyUpdate,
  LevelUpdate,
  TrackUpdate,
  PersonAssessments,
  ReadinessList,
} from '../../../contracts/career-ladder.schema.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import { ForbiddenError, InUseError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { findPerson, listPeople } from '../people/person.repository.js';
import {
  audienceIncludes,
  canSeePersonalRecord,
  personalRecordAudience,
} from '../people/personal-record-access.js';
import {
  COMPETENCY_COLUMNS,
  COMPETENCY_ENTITY,
  findCompetency,
  LEVEL_COLUMNS,
  LEVEL_ENTITY,
  TRACK_COLUMNS,
  TRACK_ENTITY,
  listAssessments,
  listCompetencies,
  listLevels,
  listTracks,
  setExpectation,
  toAssessment,
  upsertAssessment,
} from './career-ladder.repository.js';
import { createLadderStructureService } from './ladder-structure.service.js';
import { nextLevelOf, promotionReadiness } from './promotion-readiness.js';

function assertAdmin(ctx: RequestContext) {
  if (ctx.actor?.role !== 'admin')
    throw new ForbiddenError('Only an admin can edit the career ladder.');
}

async function readinessOf(
  db: Queryable,
  people: { id: string; name: string; level_id: string | null }[],
  levels: CareerLevel[],
  competencyIds: string[],
) {
  const assessments = (
    await listAssessments(
      db,
      people.map((p) => p.id),
    )
  ).map(toAssessment);
  return people.map((p) =>
    promotionReadiness(
      { id: p.id, name: p.name, levelId: p.level_id },
      nextLevelOf(levels, p.level_id)?.id ?? null,
      competencyIds,
      assessments.filter((a) => a.personId === p.id),
    ),
  );
}

export function createCareerLadderService(db: Database) {
  return {
    ...createLadderStructureService(db),
    async get(): Promise<CareerLadder> {
      const [tracks, levels, competencies] = await Promise.all([
        listTracks(db),
        listLevels(db),
        listCompetencies(db),
      ]);
      return { tracks, levels, competencies };
    },
    async createCompetency(ctx: RequestContext, input: CompetencyCreate): Promise<Competency> {
      assertAdmin(ctx);
      return db.transaction(async (tx) => {
        const r = await tx.query<{ id: string }>(
          'INSERT INTO competencies (name, description, sort_order) VALUES ($1, $2, $3) RETURNING id',
          [input.name, input.description ?? '', input.sortOrder ?? 100],
        );
        const after = (await findCompetency(tx, r.rows[0]!.id))!;
        await recordAudit(tx, ctx, {
          entityType: 'competency',
          entityId: after.id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },
    async updateCompetency(
      ctx: RequestContext,
      id: string,
      version: number,
      input: CompetencyUpdate,
    ) {
      assertAdmin(ctx);
      return db.transaction((tx) =>
        updateAuditedRow(
          tx,
          ctx,
          COMPETENCY_ENTITY,
          id,
          version,
          columnChanges(input, COMPETENCY_COLUMNS),
        ),
      );
    },
    /**
     * Deletes a competency with its expectations per level (they are its own text). People's
     * self and manager assessments against it are theirs: a competency someone was assessed on
     * is refused (409 in_use) unless `withAssessments` says to delete those too.
     */
    async removeCompetency(
      ctx: RequestContext,
      id: string,
      version: number,
      withAssessments: boolean,
    ): Promise<void> {
      assertAdmin(ctx);
      await db.transaction(async (tx) => {
        // Locked first so that no assessment slips in between the count and the delete.
        await tx.query('SELECT 1 FROM competencies WHERE id = $1 FOR UPDATE', [id]);
        const r = await tx.query<{ n: number; people: number }>(
          `SELECT count(*)::int AS n, count(DISTINCT user_id)::int AS people
             FROM competency_assessments WHERE competency_id = $1`,
          [id],
        );
        const { n, people } = r.rows[0]!;
        if (n > 0 && !withAssessments)
          throw new InUseError(
            'query.withAssessments',
            `${people} ${people === 1 ? 'person has' : 'people have'} ${n} ${n === 1 ? 'assessment' : 'assessments'} on this competency. Delete with withAssessments=true to remove them too, or rename the competency instead.`,
          );
        await deleteAuditedRow(tx, ctx, COMPETENCY_ENTITY, id, version);
      });
    },
    /** Sets what a competency expects at a level (creating the pair when missing); audited on the competency. */
    async setExpectation(
      ctx: RequestContext,
      competencyId: string,
      levelId: string,
      text: string,
    ): Promise<Competency> {
      assertAdmin(ctx);
      return db.transaction(async (tx) => {
        const before = await findCompetency(tx, competencyId);
        if (!before) throw new NotFoundError('Competency', competencyId);
        if (!(await listLevels(tx)).some((l) => l.id === levelId))
          throw new NotFoundError('Career level', levelId, 'params.levelId');
        await setExpectation(tx, competencyId, levelId, text);
        const after = (await findCompetency(tx, competencyId))!;
        await recordAudit(tx, ctx, {
          entityType: 'competency',
          entityId: competencyId,
          action: 'update',
          before,
          after,
        });
        return after;
      });
    },
    async updateTrack(ctx: RequestContext, id: string, version: number, input: TrackUpdate) {
      assertAdmin(ctx);
      return db.transaction((tx) =>
        updateAuditedRow(tx, ctx, TRACK_ENTITY, id, version, columnChanges(input, TRACK_COLUMNS)),
      );
    },
    async updateLevel(ctx: RequestContext, id: string, version: number, input: LevelUpdate) {
      assertAdmin(ctx);
      return db.transaction((tx) =>
        updateAuditedRow(tx, ctx, LEVEL_ENTITY, id, version, columnChanges(input, LEVEL_COLUMNS)),
      );
    },
    async assessments(ctx: RequestContext, personId: string): Promise<PersonAssessments> {
      const person = await findPerson(db, personId);
      if (!person) throw new NotFoundError('Person', personId);
      if (!(await canSeePersonalRecord(db, ctx.actor, personId)))
        throw new ForbiddenError(
          "Only the person, their managers, a TPM manager or an admin can see someone's assessments and promotion readiness.",
        );
      const [levels, competencies] = await Promise.all([listLevels(db), listCompetencies(db)]);
      const [readiness] = await readinessOf(
        db,
        [person],
        levels,
        competencies.map((c) => c.id),
      );
      return {
        personId,
        currentLevelId: person.level_id,
        nextLevelId: readiness!.nextLevelId,
        items: (await listAssessments(db, [personId])).map(toAssessment),
        readiness: readiness!,
      };
    },
    /**
     * Records a self assessment (the person, or an admin) or a manager assessment (anyone
     * above them in the reporting line, a TPM manager or an admin) for one competency at one
     * level. Every writer may also read the record (canSeePersonalRecord).
     */
    async putAssessment(
      ctx: RequestContext,
      personId: string,
      input: AssessmentPut,
    ): Promise<Assessment> {
      return db.transaction(async (tx) => {
        const person = await findPerson(tx, personId);
        if (!person) throw new NotFoundError('Person', personId);
        const actor = ctx.actor;
        // Who may read the record is the outer bound; a self rating is the person's own,
        // and nobody gives themself a manager rating.
        const allowed =
          (await canSeePersonalRecord(tx, actor, personId)) &&
          (actor?.role === 'admin' ||
            (input.kind === 'self' ? actor?.id === personId : actor?.id !== personId));
        if (!allowed)
          throw new ForbiddenError(
            input.kind === 'self'
              ? 'Only the person themself records a self assessment.'
              : "Only the person's managers, a TPM manager or an admin records a manager assessment.",
          );
        const issues = [];
        if (!(await findCompetency(tx, input.competencyId)))
          issues.push({
            path: 'body.competencyId',
            code: 'not_found',
            message: 'no such competency',
          });
        if (!(await listLevels(tx)).some((l) => l.id === input.levelId))
          issues.push({ path: 'body.levelId', code: 'not_found', message: 'no such career level' });
        if (issues.length) throw new ValidationError(issues);
        const { row, before } = await upsertAssessment(tx, {
          personId,
          competencyId: input.competencyId,
          levelId: input.levelId,
          kind: input.kind,
          rating: input.rating,
          evidenceUrls: input.evidenceUrls ?? [],
          note: input.note ?? '',
          assessedBy: actor?.id ?? null,
        });
        const after = toAssessment(row);
        await recordAudit(tx, ctx, {
          entityType: 'assessment',
          entityId: row.id,
          action: before ? 'update' : 'create',
          before: before ? toAssessment(before) : null,
          after,
        });
        return after;
      });
    },
    /**
     * Promotion readiness of everyone on the ladder (with a level) whose record the actor
     * may see, optionally one team.
     */
    async readiness(ctx: RequestContext, teamId?: string): Promise<ReadinessList> {
      const audience = await personalRecordAudience(db, ctx.actor);
      const people = (await listPeople(db, teamId ? { teamId } : {})).filter(
        (p) => p.level_id && audienceIncludes(audience, p.id),
      );
      const [levels, competencies] = await Promise.all([listLevels(db), listCompetencies(db)]);
      return {
        items: await readinessOf(
          db,
          people,
          levels,
          competencies.map((c) => c.id),
        ),
      };
    },
  };
}
export type CareerLadderService = ReturnType<typeof createCareerLadderService>;
