import type { Role } from '../../../contracts/account.schema.js';
import type {
  MemberRole,
  ProgramMember,
  ProgramVisibility,
} from '../../../contracts/program-member.schema.js';
import type { Queryable } from '../../db/database.js';

interface MemberRow {
  program_id: string;
  user_id: string;
  name: string;
  email: string;
  account_role: Role;
  role: MemberRole;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT m.*, u.name, u.email, u.role AS account_role
                  FROM program_members m JOIN users u ON u.id = m.user_id`;

function toMember(r: MemberRow): ProgramMember {
  return {
    programId: r.program_id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    accountRole: r.account_role,
    role: r.role,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

// Owners first, then editors, then viewers; by name within each.
export async function listMembers(db: Queryable, programId: string): Promise<ProgramMember[]> {
  const r = await db.query<MemberRow>(
    `${SELECT} WHERE m.program_id = $1
      ORDER BY array_position(ARRAY['owner', 'editor', 'viewer'], m.role), lower(u.name), u.id`,
    [programId],
  );
  return r.rows.map(toMember);
}

export async function findMember(
  db: Queryable,
  programId: string,
  userId: string,
  lock = false,
): Promise<ProgramMember | undefined> {
  const r = await db.query<MemberRow>(
    `${SELECT} WHERE m.program_id = $1 AND m.user_id = $2${lock ? ' FOR UPDATE OF m' : ''}`,
    [programId, userId],
  );
  return r.rows[0] && toMember(r.rows[0]);
}

export async function programVisibility(
  db: Queryable,
  programId: string,
): Promise<{ visibility: ProgramVisibility } | undefined> {
  const r = await db.query<{ visibility: ProgramVisibility }>(
    'SELECT visibility FROM programs WHERE id = $1',
    [programId],
  );
  return r.rows[0];
}

/** Locks the program's row, so two changes to its owners cannot both leave it ownerless. */
export async function lockProgram(
  db: Queryable,
  programId: string,
): Promise<{ visibility: ProgramVisibility } | undefined> {
  const r = await db.query<{ visibility: ProgramVisibility }>(
    'SELECT visibility FROM programs WHERE id = $1 FOR UPDATE',
    [programId],
  );
  return r.rows[0];
}

export async function countOwners(db: Queryable, programId: string): Promise<number> {
  const r = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM program_members WHERE program_id = $1 AND role = 'owner'`,
    [programId],
  );
  return r.rows[0]!.n;
}

export async function upsertMember(
  db: Queryable,
  programId: string,
  userId: string,
  role: MemberRole,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO program_members (program_id, user_id, role, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $4)
     ON CONFLICT (program_id, user_id) DO UPDATE
       SET role = EXCLUDED.role, version = program_members.version + 1, updated_at = EXCLUDED.updated_at
     WHERE program_members.role <> EXCLUDED.role`,
    [programId, userId, role, now],
  );
}

export async function deleteMember(db: Queryable, programId: string, userId: string) {
  await db.query('DELETE FROM program_members WHERE program_id = $1 AND user_id = $2', [
    programId,
    userId,
  ]);
}
