import type { Queryable } from '../../db/database.js';
import { lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from './audit.repository.js';

/** A versioned, audited table as its writes see it; each capability declares one. */
export interface AuditedEntity<T> {
  table: string;
  /** Names the entity in not_found and version_conflict messages, e.g. 'Task'. */
  label: string;
  /** `entity_type` of its audit rows, e.g. 'task'. */
  auditType: string;
  /** The API object, read in the transaction that just locked or wrote the row: it exists. */
  read(db: Queryable, id: string): Promise<T>;
}

/**
 * Updates a row the client read at `version` and records one audit row with the
 * API object before and after. `check` runs on the locked row before anything is
 * read or written (e.g. that new references stay in the row's program); what it
 * returns is kept in the audit row beside the object after (e.g. a warning the
 * caller overrode). Call it inside a transaction: on any error nothing is written.
 */
export async function updateAuditedRow<T, R extends { version: number } = { version: number }>(
  tx: Queryable,
  ctx: RequestContext,
  entity: AuditedEntity<T>,
  id: string,
  version: number,
  changes: Record<string, unknown>,
  check?: (row: R) => Promise<void | Record<string, unknown>>,
): Promise<T> {
  const row = await lockVersionedRow<R>(tx, entity.table, entity.label, id, version);
  const note = check ? await check(row) : undefined;
  const before = await entity.read(tx, id);
  await updateVersionedRow(tx, entity.table, id, changes);
  const after = await entity.read(tx, id);
  await recordAudit(tx, ctx, {
    entityType: entity.auditType,
    entityId: id,
    action: 'update',
    before,
    after: note ? { ...after, ...note } : after,
  });
  return after;
}

/**
 * Deletes a row the client read at `version` (foreign keys cascade as the schema
 * says) and records one audit row with the API object before; returns that object.
 * Call it inside a transaction: on any error nothing is written.
 */
export async function deleteAuditedRow<T>(
  tx: Queryable,
  ctx: RequestContext,
  entity: AuditedEntity<T>,
  id: string,
  version: number,
): Promise<T> {
  await lockVersionedRow(tx, entity.table, entity.label, id, version);
  const before = await entity.read(tx, id);
  await tx.query(`DELETE FROM ${entity.table} WHERE id = $1`, [id]);
  await recordAudit(tx, ctx, {
    entityType: entity.auditType,
    entityId: id,
    action: 'delete',
    before,
    after: null,
  });
  return before;
}
