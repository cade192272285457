import type { Team, TeamCreate, TeamUpdate } from '../../../contracts/team.schema.js';
import type { Database } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  findTeam,
  insertTeam,
  listTeams,
  TEAM_COLUMNS,
  toTeam,
  type TeamRow,
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
      return db.transaction(async (tx) => {
        const before = toTeam(await lockVersionedRow<TeamRow>(tx, 'teams', 'Team', id, version));
        const after = toTeam(
          await updateVersionedRow<TeamRow>(tx, 'teams', id, columnChanges(input, TEAM_COLUMNS)),
        );
        await recordAudit(tx, ctx, {
          entityType: 'team',
          entityId: id,
          action: 'update',
          before,
          after,
        });
        return after;
      });
    },
    /** Members and tasks of a deleted team keep existing, with no team. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        const before = toTeam(await lockVersionedRow<TeamRow>(tx, 'teams', 'Team', id, version));
        await tx.query('DELETE FROM teams WHERE id = $1', [id]);
        await recordAudit(tx, ctx, {
          entityType: 'team',
          entityId: id,
          action: 'delete',
          before,
          after: null,
        });
      });
    },
  };
}
export type TeamService = ReturnType<typeof createTeamService>;
