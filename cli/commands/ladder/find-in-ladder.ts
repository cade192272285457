import type { paths } from '../../../contracts/api-client.js';
import { call, type Connection } from '../../connection.js';
import { CliError } from '../../errors.js';

export type Ladder =
  paths['/api/career-ladder']['get']['responses'][200]['content']['application/json'];

const KIND = {
  tracks: 'career track',
  levels: 'career level',
  competencies: 'competency',
} as const;

/**
 * Tracks, levels and competencies are read with the whole ladder (a few dozen rows):
 * the record with its version, named as messages name it.
 */
export async function findInLadder<K extends keyof typeof KIND>(
  { url, client }: Connection,
  kind: K,
  id: string,
): Promise<{ record: Ladder[K][number]; what: string; version: number }> {
  const ladder = await call(url, client.GET('/api/career-ladder'));
  const record = (ladder[kind] as Ladder[K][number][]).find((r) => r.id === id);
  if (!record)
    throw CliError.usage(`${KIND[kind]}: no ${KIND[kind]} ${id} (see "waymark ladder show")`);
  return { record, what: `${KIND[kind]} "${record.name}" (${id})`, version: record.version };
}
