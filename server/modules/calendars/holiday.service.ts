import type { Holiday, HolidayCreate, HolidayUpdate } from '../../../contracts/holiday.schema.js';
import type { Database, Queryable } from '../../db/database.js';
import { DuplicateError } from '../../domain-errors.js';
import { columnChanges } from '../../db/versioned-row.js';
import type { RequestContext } from '../../request-context.js';
import { deleteAuditedRow, updateAuditedRow, type AuditedEntity } from '../audit/audited-row.js';
import { recordAudit } from '../audit/audit.repository.js';

interface HolidayRow {
  id: string;
  day: string;
  name: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const toHoliday = (r: HolidayRow): Holiday => ({
  id: r.id,
  day: r.day,
  name: r.name,
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

async function findHoliday(db: Queryable, id: string) {
  return (await db.query<HolidayRow>('SELECT * FROM holidays WHERE id = $1', [id])).rows[0];
}

const HOLIDAY_ENTITY: AuditedEntity<Holiday> = {
  table: 'holidays',
  label: 'Holiday',
  auditType: 'holiday',
  read: async (db, id) => toHoliday((await findHoliday(db, id))!),
};

/** Organization-wide days off. Schedules pick a change up through their input hash. */
export function createHolidayService(db: Database) {
  return {
    async list(): Promise<Holiday[]> {
      return (await db.query<HolidayRow>('SELECT * FROM holidays ORDER BY day')).rows.map(
        toHoliday,
      );
    },
    create(ctx: RequestContext, input: HolidayCreate): Promise<Holiday> {
      return db.transaction(async (tx) => {
        const taken = await tx.query('SELECT 1 FROM holidays WHERE day = $1', [input.day]);
        if (taken.rowCount)
          throw new DuplicateError('body.day', `${input.day} is already a holiday.`);
        const r = await tx.query<HolidayRow>(
          'INSERT INTO holidays (day, name) VALUES ($1, $2) RETURNING *',
          [input.day, input.name],
        );
        const holiday = toHoliday(r.rows[0]!);
        await recordAudit(tx, ctx, {
          entityType: 'holiday',
          entityId: holiday.id,
          action: 'create',
          before: null,
          after: holiday,
        });
        return holiday;
      });
    },
    /** Changes only the fields named; a day that is already another holiday is a 409 on body.day. */
    update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: HolidayUpdate,
    ): Promise<Holiday> {
      return db.transaction((tx) =>
        updateAuditedRow(
          tx,
          ctx,
          HOLIDAY_ENTITY,
          id,
          version,
          columnChanges(input, { day: 'day', name: 'name' }),
          async () => {
            if (input.day === undefined) return;
            const taken = await tx.query('SELECT 1 FROM holidays WHERE day = $1 AND id <> $2', [
              input.day,
              id,
            ]);
            if (taken.rowCount)
              throw new DuplicateError('body.day', `${input.day} is already a holiday.`);
          },
        ),
      );
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, HOLIDAY_ENTITY, id, version));
    },
  };
}
export type HolidayService = ReturnType<typeof createHolidayService>;
