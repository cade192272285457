import type { Queryable } from '../../db/database.js';

/**
 * Claims a delivery key inside the caller's transaction. False when the same
 * delivery was already acted on (a redelivery): the caller then creates nothing.
 */
export async function claimDelivery(
  tx: Queryable,
  source: 'slack' | 'gitlab',
  key: string,
): Promise<boolean> {
  const r = await tx.query(
    'INSERT INTO integration_deliveries (source, delivery_key) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [source, key],
  );
  return (r.rowCount ?? 0) > 0;
}

export async function linkDelivery(
  tx: Queryable,
  source: 'slack' | 'gitlab',
  key: string,
  requestId: string,
): Promise<void> {
  await tx.query(
    'UPDATE integration_deliveries SET request_id = $3 WHERE source = $1 AND delivery_key = $2',
    [source, key, requestId],
  );
}
