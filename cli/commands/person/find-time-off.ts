import type { paths } from '../../../contracts/api-client.js';
import { call, type Connection } from '../../connection.js';
import { CliError } from '../../errors.js';

type TimeOff =
  paths['/api/people/{id}']['get']['responses'][200]['content']['application/json']['timeOff'][number];

/** Time off is read as part of its person's profile. */
export async function findTimeOff(
  { url, client }: Connection,
  personId: string,
  id: string,
): Promise<TimeOff> {
  const person = await call(
    url,
    client.GET('/api/people/{id}', { params: { path: { id: personId } } }),
  );
  const timeOff = person.timeOff.find((t) => t.id === id);
  if (!timeOff) throw CliError.usage(`${person.name} has no time off ${id}.`);
  return timeOff;
}
