import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { DatabaseUnavailableError } from './database-availability.js';

/** A port nothing listens on: one the OS just handed out and we closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('a database that cannot be reached (external server down, embedded one restarting)', () => {
  it('fails queries and transactions with DatabaseUnavailableError and marks the database down once', async () => {
    const lines: string[] = [];
    const db = openDatabase(`postgres://waymark:secret@127.0.0.1:${await closedPort()}/waymark`);
    db.availability.onChange((state) => lines.push(state));
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(db.transaction(async (tx) => tx.query('SELECT 1'))).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    expect(db.availability.state()).toBe('down');
    expect(lines).toEqual(['down']);
    await db.close();
  });
});
