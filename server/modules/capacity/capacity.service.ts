import type { RequestContext } from '../../request-context.js';
import type {
  CapacityHeatmap,
  CapacityQuery,
  CapacityRow,
} from '../../../contracts/capacity.schema.js';
import { dayNumber, formatDayNumber } from '../../../engine/capacity/index.js';
import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import { checkAssignment } from './assignment-check.js';
import { toCapacityCell } from './capacity-cells.js';
import { programNames, type CapacityFilter } from './capacity.repository.js';
import { capacityWindow, computeWeeks, type CapacityWindow } from './capacity-weeks.js';

export function createCapacityService(db: Database, today: () => string) {
  async function rowsOf(
    ctx: RequestContext,
    filter: CapacityFilter,
    window: CapacityWindow,
  ): Promise<CapacityRow[]> {
    const { rows, programIds } = await computeWeeks(db, filter, window);
    const names = await programNames(db, programIds, ctx.actor);
    return rows.map(({ person, weeks }) => ({
      personId: person.id,
      name: person.name,
      teamName: person.team_name,
      levelName: person.level_name,
      grade: person.grade,
      cells: weeks.map((w) => toCapacityCell(w, names)),
    }));
  }
  return {
    /** People × weeks: capacity, load and the programs behind it. */
    async heatmap(ctx: RequestContext, query: CapacityQuery): Promise<CapacityHeatmap> {
      const window = capacityWindow(query, today());
      const people = await rowsOf(
        ctx,
        {
          ...(query.teamId ? { teamId: query.teamId } : {}),
          ...(query.levelId ? { levelId: query.levelId } : {}),
          ...(query.skill ? { skill: query.skill } : {}),
        },
        window,
      );
      const first = dayNumber(window.firstWeek);
      return {
        weeks: Array.from({ length: window.weekCount }, (_, i) => formatDayNumber(first + i * 7)),
        timeZone: window.timeZone,
        people,
        overAllocatedCells: people.reduce(
          (n, p) => n + p.cells.filter((c) => c.status === 'over').length,
          0,
        ),
      };
    },
    /** See assignment-check.ts. */
    checkAssignment: (ctx: RequestContext, taskId: string, userId: string, units: number) =>
      checkAssignment(db, ctx.actor, taskId, userId, units),
    async person(
      ctx: RequestContext,
      personId: string,
      query: CapacityQuery,
    ): Promise<CapacityRow> {
      const [row] = await rowsOf(ctx, { personIds: [personId] }, capacityWindow(query, today()));
      if (!row) throw new NotFoundError('Person', personId);
      return row;
    },
  };
}
export type CapacityService = ReturnType<typeof createCapacityService>;
