import type { paths } from '../../../contracts/api-client.js';
import { call, type connect } from '../../connection.js';
import { CliError } from '../../errors.js';

type UserList = paths['/api/users']['get']['responses'][200]['content']['application/json'];
export type UserRow = UserList['items'][number];

/** A user named by id or e-mail, read fresh (its version is what an update sends). */
export async function findUser(
  { url, client }: Awaited<ReturnType<typeof connect>>,
  who: string,
): Promise<UserRow> {
  const { items } = await call(url, client.GET('/api/users'));
  const user = items.find((u) => u.id === who || u.email.toLowerCase() === who.toLowerCase());
  if (!user) throw CliError.usage(`user: no account with the id or e-mail "${who}"`);
  return user;
}
