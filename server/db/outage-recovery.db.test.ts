import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.js';
import { createDatabaseAvailability } from './database-availability.js';
import { openDatabase } from './database.js';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});

describe('the end of an outage inferred from failed connections', () => {
  it('is not a query answered on a connection opened before it, only one on a fresh connection', async () => {
    const lines: string[] = [];
    const availability = createDatabaseAvailability({ log: (line) => lines.push(line) });
    const db = openDatabase(test.url, { availability });
    await db.query('SELECT 1'); // one connection, now idle in the pool
    availability.markDown('connection refused');

    // An orphaned backend of a killed postmaster answers like this: an old connection.
    await db.query('SELECT 1');
    await db.transaction(async (tx) => tx.query('SELECT 1'));
    expect(availability.state()).toBe('down');

    // Two at once make the pool open a second connection: the server accepts new ones.
    await Promise.all([db.query('SELECT pg_sleep(0.05)'), db.query('SELECT pg_sleep(0.05)')]);
    await db.query('SELECT 1');
    expect(availability.state()).toBe('up');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^database is back up/);
    await db.close();
  });
});
