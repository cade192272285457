import type { paths } from '../../../contracts/api-client.js';
import { call, type Connection } from '../../connection.js';
import { CliError } from '../../errors.js';

type Holiday =
  paths['/api/holidays']['get']['responses'][200]['content']['application/json']['items'][number];

/** A holiday has no read of its own: it is found in the list (a few dozen a year). */
export async function findHoliday({ url, client }: Connection, id: string): Promise<Holiday> {
  const list = await call(url, client.GET('/api/holidays'));
  const holiday = list.items.find((h) => h.id === id);
  if (!holiday) throw CliError.usage(`Holiday ${id} does not exist.`);
  return holiday;
}
