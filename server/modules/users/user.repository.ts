import type { Role, User } from '../../../contracts/account.schema.js';
import type { Queryable } from '../../db/database.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  title: string;
  team_id: string | null;
  password_hash: string | null;
  active: boolean;
  last_sign_in_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function toUser(r: UserRow): User {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    title: r.title,
    teamId: r.team_id,
    active: r.active,
    lastSignInAt: r.last_sign_in_at?.toISOString() ?? null,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const r = await db.query<UserRow>('SELECT * FROM users WHERE lower(email) = lower($1)', [email]);
  return r.rows[0];
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const r = await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
  return r.rows[0];
}

export async function insertUser(
  db: Queryable,
  u: {
    email: string;
    name: string;
    role: Role;
    title?: string;
    teamId?: string | null;
    passwordHash: string | null;
    /** Default true; an invited account is inactive until the invitation is accepted. */
    active?: boolean;
  },
): Promise<UserRow> {
  const r = await db.query<UserRow>(
    `INSERT INTO users (email, name, role, title, team_id, password_hash, active) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [u.email, u.name, u.role, u.title ?? '', u.teamId ?? null, u.passwordHash, u.active ?? true],
  );
  return r.rows[0]!;
}

export async function listUsers(db: Queryable): Promise<UserRow[]> {
  return (await db.query<UserRow>('SELECT * FROM users ORDER BY name')).rows;
}

export async function countUsers(db: Queryable): Promise<number> {
  const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return r.rows[0]!.n;
}
