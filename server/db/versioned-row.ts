import type { Queryable } from './database.js';
import { NotFoundError, VersionConflictError } from '../domain-errors.js';

/**
 * Locks a row for update and checks the version the client read. Missing row
 * -> not_found; other version -> version_conflict; nothing is written either way.
 */
export async function lockVersionedRow<R extends { version: number } = { version: number }>(
  tx: Queryable,
  table: string,
  entity: string,
  id: string,
  expectedVersion: number,
): Promise<R> {
  const r = await tx.query<R>(`SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  const row = r.rows[0];
  if (!row) throw new NotFoundError(entity, id);
  if (row.version !== expectedVersion)
    throw new VersionConflictError(entity, id, expectedVersion, row.version);
  return row;
}

/** Sets the given columns, bumps the version and updated_at; returns the new row. */
export async function updateVersionedRow<R extends object>(
  tx: Queryable,
  table: string,
  id: string,
  changes: Record<string, unknown>,
): Promise<R> {
  const columns = Object.keys(changes);
  const sets = columns.map((c, i) => `${c} = $${i + 2}`);
  sets.push('version = version + 1', 'updated_at = now()');
  const r = await tx.query<R>(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = $1 RETURNING *`, [
    id,
    ...columns.map((c) => changes[c]),
  ]);
  return r.rows[0]!;
}

/** Maps present camelCase fields of an update body to snake_case columns. */
export function columnChanges(
  body: Record<string, unknown>,
  columns: Record<string, string>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns)) {
    if (body[field] !== undefined) changes[column] = body[field];
  }
  return changes;
}
