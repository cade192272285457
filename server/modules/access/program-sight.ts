import type { MemberRole, ProgramVisibility } from '../../../contracts/program-member.schema.js';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../request-context.js';
import { programAccess, seesEveryProgram } from './program-access-policy.js';

/**
 * What one caller may see of the programs: whether a program exists for them at
 * all, and whether its budget and costs do. Services that answer with several
 * programs' data (cross-program lists, embedded programs, money) ask this one
 * object, so the rule stays programAccess and nothing else.
 */
export interface ProgramSight {
  /** The program exists for the caller (members-only programs do not for non-members). */
  canRead(programId: string): boolean;
  /** Its budget and costs are shown: members of any role, tpm_managers and admins. */
  canSeeMoney(programId: string): boolean;
  /** Every one of these programs' money is shown (a portfolio total needs them all). */
  canSeeMoneyOfAll(programIds: readonly string[]): boolean;
}

const EVERYTHING: ProgramSight = {
  canRead: () => true,
  canSeeMoney: () => true,
  canSeeMoneyOfAll: () => true,
};

const NOTHING: ProgramSight = {
  canRead: () => false,
  canSeeMoney: () => false,
  canSeeMoneyOfAll: (ids) => ids.length === 0,
};

/**
 * The caller's sight of the programs named (or of every program when `programIds`
 * is left out), in one query of visibilities and the caller's memberships.
 * Without an account one sees nothing: every route reaching here needs one.
 */
export async function programSight(
  db: Queryable,
  actor: Actor | null,
  programIds?: readonly string[],
): Promise<ProgramSight> {
  if (!actor) return NOTHING;
  if (seesEveryProgram(actor.role)) return EVERYTHING;
  const r = await db.query<{ id: string; visibility: ProgramVisibility; role: MemberRole | null }>(
    `SELECT p.id, p.visibility, m.role
       FROM programs p
       LEFT JOIN program_members m ON m.program_id = p.id AND m.user_id = $1
      WHERE $2::uuid[] IS NULL OR p.id = ANY($2::uuid[])`,
    [actor.id, programIds ? [...new Set(programIds)] : null],
  );
  const access = new Map(
    r.rows.map((row) => [row.id, programAccess(actor.role, row.visibility, row.role)]),
  );
  const canSeeMoney = (id: string) => access.get(id)?.canSeeMoney ?? false;
  return {
    canRead: (id) => access.get(id)?.canRead ?? false,
    canSeeMoney,
    canSeeMoneyOfAll: (ids) => ids.every(canSeeMoney),
  };
}

/** How a list names a program the caller may not see: no id, no name, one row for all of them. */
export const HIDDEN_PROGRAM_NAME = 'Members-only program';
