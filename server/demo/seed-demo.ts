import type { Database } from '../db/database.js';
import { countUsers, insertUser } from '../modules/users/user.repository.js';
import { hashPassword } from '../modules/auth/password.js';

export const DEMO_ADMIN_EMAIL = 'admin@waymark.test';

/**
 * Seeds the demo organization on an empty database. Returns false when the
 * database already has users (nothing is touched then).
 */
export async function seedDemoOrganization(db: Database, adminPassword: string): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(adminPassword);
  await db.transaction(async (tx) => {
    await insertUser(tx, { email: DEMO_ADMIN_EMAIL, name: 'Avery Admin', role: 'admin', title: 'Waymark administrator', passwordHash });
  });
  return true;
}
