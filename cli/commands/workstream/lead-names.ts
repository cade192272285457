import { call, type Connection } from '../../connection.js';

/** Account id -> "Name <e-mail>", so a lead reads as a person rather than a UUID. */
export async function leadNames({ url, client }: Connection): Promise<Map<string, string>> {
  const { items } = await call(url, client.GET('/api/users'));
  return new Map(items.map((user) => [user.id, `${user.name} <${user.email}>`]));
}

export function leadOf(names: Map<string, string>, leadId: string | null): string {
  if (leadId === null) return '-';
  return names.get(leadId) ?? leadId;
}
