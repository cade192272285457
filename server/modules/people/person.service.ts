import type {
  Person,
  PersonList,
  PersonListQuery,
  PersonSkillsReplace,
  PersonUpdate,
  TimeOff,
  TimeOffCreate,
  TimeOffUpdate,
} from '../../../contracts/person.schema.js';
import { isValidTimeZone } from '../../../engine/calendar/time-zone.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { canSeePersonalRecord } from './personal-record-access.js';
import {
  findPerson,
  findTimeOff,
  insertTimeOff,
  listPeople,
  managerChain,
  PERSON_COLUMNS,
  PERSON_ENTITY,
  readPerson,
  replaceSkills,
  TIME_OFF_ENTITY,
  toPersonSummary,
} from './person.repository.js';

/** What a person may change about themself; the rest of a profile is their manager's or an admin's. */
const SELF_FIELDS = new Set([
  'skills',
  'version',
  'location',
  'timeZone',
  'workingHoursStart',
  'workingHoursEnd',
  'workingDays',
  'flexibleHours',
]);

function isPeopleManager(ctx: RequestContext): boolean {
  return ctx.actor?.role === 'admin' || ctx.actor?.role === 'tpm_manager';
}

/** Outside the person's circle, leave shows as dates only: no kind (sick, parental…), no note. */
function awayOnly(timeOff: TimeOff): TimeOff {
  return { ...timeOff, kind: 'away', note: '' };
}

/** A profile as `ctx.actor` may see it: time off loses its kind and note outside the person's circle. */
async function personAsSeenBy(tx: Queryable, ctx: RequestContext, person: Person): Promise<Person> {
  if (await canSeePersonalRecord(tx, ctx.actor, person.id)) return person;
  return { ...person, timeOff: person.timeOff.map(awayOnly) };
}

/**
 * Time off is recorded by the person, anyone above them in the reporting line, a TPM manager
 * or an admin: the same people who may see its kind, so a writer never records what they
 * could not read back. (Stakeholders write nothing; the auth plugin refuses them first.)
 */
async function assertMayRecordTimeOff(tx: Queryable, ctx: RequestContext, personId: string) {
  if (await canSeePersonalRecord(tx, ctx.actor, personId)) return;
  throw new ForbiddenError(
    "Only the person, their managers, a TPM manager or an admin can record or remove someone's time off.",
  );
}

/** Admins and TPM managers edit anyone; everyone edits their own hours, place and skills. */
export function assertMayEditPerson(ctx: RequestContext, personId: string, fields: string[] = []) {
  if (isPeopleManager(ctx)) return;
  if (ctx.actor?.id === personId && fields.every((f) => SELF_FIELDS.has(f))) return;
  throw new ForbiddenError(
    ctx.actor?.id === personId
      ? 'Only a manager or an admin can change your title, team, manager, track, level or capacity.'
      : "Only a manager or an admin can change someone else's profile.",
  );
}

async function checkReferences(tx: Queryable, id: string, input: PersonUpdate) {
  const issues: { path: string; code: string; message: string }[] = [];
  const exists = async (table: string, ref: string) =>
    (await tx.query(`SELECT 1 FROM ${table} WHERE id = $1`, [ref])).rowCount === 1;
  if (input.teamId && !(await exists('teams', input.teamId)))
    issues.push({ path: 'body.teamId', code: 'not_found', message: 'no such team' });
  if (input.trackId && !(await exists('career_tracks', input.trackId)))
    issues.push({ path: 'body.trackId', code: 'not_found', message: 'no such career track' });
  if (input.levelId && !(await exists('career_levels', input.levelId)))
    issues.push({ path: 'body.levelId', code: 'not_found', message: 'no such career level' });
  if (input.managerId) {
    if (input.managerId === id)
      issues.push({
        path: 'body.managerId',
        code: 'invalid',
        message: 'a person cannot manage themself',
      });
    else if (!(await exists('users', input.managerId)))
      issues.push({ path: 'body.managerId', code: 'not_found', message: 'no such person' });
    else if ((await managerChain(tx, input.managerId)).includes(id))
      issues.push({
        path: 'body.managerId',
        code: 'reporting_cycle',
        message: 'this person is already above the new manager: reporting lines would form a loop',
      });
  }
  if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone))
    issues.push({
      path: 'body.timeZone',
      code: 'invalid',
      message: 'is not an IANA time zone (such as America/Los_Angeles)',
    });
  if (issues.length) throw new ValidationError(issues);
}

export function createPersonService(db: Database) {
  return {
    async list(query: PersonListQuery): Promise<PersonList> {
      return { items: (await listPeople(db, query)).map(toPersonSummary) };
    },
    async get(ctx: RequestContext, id: string): Promise<Person> {
      const person = await readPerson(db, id);
      if (!person) throw new NotFoundError('Person', id);
      return personAsSeenBy(db, ctx, person);
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: PersonUpdate,
    ): Promise<Person> {
      assertMayEditPerson(ctx, id, Object.keys(input));
      return db.transaction(async (tx) => {
        const changes = columnChanges(input, PERSON_COLUMNS);
        const updated = await updateAuditedRow<
          Person,
          { working_hours_start: number; working_hours_end: number; version: number }
        >(tx, ctx, PERSON_ENTITY, id, version, changes, async (row) => {
          await checkReferences(tx, id, input);
          const start = input.workingHoursStart ?? row.working_hours_start;
          const end = input.workingHoursEnd ?? row.working_hours_end;
          if (start >= end)
            throw ValidationError.field(
              input.workingHoursEnd !== undefined
                ? 'body.workingHoursEnd'
                : 'body.workingHoursStart',
              'invalid',
              'working hours must end after they start',
            );
        });
        return personAsSeenBy(tx, ctx, updated);
      });
    },
    async replaceSkills(
      ctx: RequestContext,
      id: string,
      version: number,
      input: PersonSkillsReplace,
    ): Promise<Person> {
      assertMayEditPerson(ctx, id, ['skills']);
      const seen = new Set<string>();
      input.skills.forEach((s, i) => {
        const key = `${s.kind}:${s.name.trim().toLowerCase()}`;
        if (seen.has(key))
          throw ValidationError.field(
            `body.skills[${i}].name`,
            'duplicate',
            `${s.kind} "${s.name}" is listed twice`,
          );
        seen.add(key);
      });
      return db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'users', 'Person', id, version);
        const before = (await readPerson(tx, id))!;
        await replaceSkills(tx, id, input.skills);
        await updateVersionedRow(tx, 'users', id, {});
        const after = (await readPerson(tx, id))!;
        await recordAudit(tx, ctx, {
          entityType: 'person',
          entityId: id,
          action: 'update',
          before,
          after,
        });
        return personAsSeenBy(tx, ctx, after);
      });
    },
    async addTimeOff(
      ctx: RequestContext,
      personId: string,
      input: TimeOffCreate,
    ): Promise<TimeOff> {
      if (input.to < input.from)
        throw ValidationError.field('body.to', 'invalid', 'must be on or after from');
      return db.transaction(async (tx) => {
        if (!(await findPerson(tx, personId))) throw new NotFoundError('Person', personId);
        await assertMayRecordTimeOff(tx, ctx, personId);
        const id = await insertTimeOff(tx, personId, {
          from: input.from,
          to: input.to,
          kind: input.kind ?? 'vacation',
          note: input.note ?? '',
        });
        const after = await TIME_OFF_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'time_off',
          entityId: id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },
    /** Changes only the fields named; the merged days must stay in order (to on or after from). */
    async updateTimeOff(
      ctx: RequestContext,
      id: string,
      version: number,
      input: TimeOffUpdate,
    ): Promise<TimeOff> {
      const changes = columnChanges(input, {
        from: 'from_date',
        to: 'to_date',
        kind: 'kind',
        note: 'note',
      });
      return db.transaction((tx) =>
        updateAuditedRow<TimeOff, { version: number; user_id: string }>(
          tx,
          ctx,
          TIME_OFF_ENTITY,
          id,
          version,
          changes,
          async (row) => {
            await assertMayRecordTimeOff(tx, ctx, row.user_id);
            const current = (await findTimeOff(tx, id))!;
            const from = input.from ?? current.from_date;
            const to = input.to ?? current.to_date;
            if (to < from)
              throw ValidationError.field(
                input.to !== undefined ? 'body.to' : 'body.from',
                'invalid',
                input.to !== undefined
                  ? `must be on or after from (${from})`
                  : `must be on or before to (${to})`,
              );
          },
        ),
      );
    },
    async removeTimeOff(ctx: RequestContext, id: string, version: number): Promise<void> {
      const row = await findTimeOff(db, id);
      if (!row) throw new NotFoundError('Time off', id);
      await assertMayRecordTimeOff(db, ctx, row.user_id);
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, TIME_OFF_ENTITY, id, version));
    },
  };
}
export type PersonService = ReturnType<typeof createPersonService>;
