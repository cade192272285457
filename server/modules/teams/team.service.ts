import type { Team, TeamCreate, TeamUpdate } from '../../../contracts/team.schema.js';
import type { Database } from '../../db/database.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { columnChanges } from '../../db/versioned-row.js';
import { NotFoundError } from '../../domain-errors.js';
import { workingHoursColumns } from '../calendars/working-hours-columns.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  findTeam,
  insertTeam,
  listTeams,
  TEAM_COLUMNS,
  TEAM_ENTITY,
  toTeam,
} from './team.repository.js';

export function createTeamService(db: Database) {
  return {
    async list(): Promise<Team[]> {
      return (await listTeams(db)).map(toTeam);
    },
    async get(id: string): Promise<Team> {
      const row = await findTeam(db, id);
      if (!row) throw new NotFoundError('Team', id);
      return toTeam(row);
    },
    async create(ctx: RequestContext, input: TeamCreate): Promise<Team> {
      return db.transaction(async (tx) => {
        const team = toTeam(await insertTeam(tx, input));
        await recordAudit(tx, ctx, {
          entityType: 'team',
          entityId: team.id,
          action: 'create',
          before: null,
          after: team,
        });
        return team;
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: TeamUpdate,
    ): Promise<Team> {
      const changes = {
        ...columnChanges(input, TEAM_COLUMNS),
        ...(input.workingHours ? workingHoursColumns(input.workingHours, 'body.workingHours') : {}),
      };
      return db.transaction((tx) => updateAuditedRow(tx, ctx, TEAM_ENTITY, id, version, changes));
    },
    /** Members and tasks of a deleted team keep existing, with no team. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, TEAM_ENTITY, id, version));
    },
  };
}
export type TeamService = ReturnType<typeof createTeamService>;
