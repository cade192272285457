import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../tests/support/api-client.js';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

const NEW_PASSWORD = 'a-brand-new-passphrase';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const secretOf = (url: string) => url.split('#')[1]!;

async function signInWith(target: TestServer, email: string, password: string) {
  const r = await fetch(`${target.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { status: r.status, client: new ApiClient(target.url, { cookie }) };
}

/** A later instance on the same database whose clock reads `days` after the test start. */
function later(days: number) {
  const at = new Date(new Date(TEST_CLOCK_START).getTime() + days * 24 * 3600 * 1000);
  return startTestServer({ sameDatabaseAs: server, now: at.toISOString() });
}

describe('PATCH /api/users/:id', () => {
  it('lets nobody raise their own role, whatever their role', async () => {
    for (const role of ['stakeholder', 'tpm', 'tpm_manager'] as const) {
      const me = await server.signIn(role);
      const r = await me.patch(`/api/users/${me.user.id}`, {
        version: me.user.version,
        role: 'admin',
      });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
      expect(r.body.error.message).toBe('You cannot raise your own role; ask an admin.');
      expect((await me.get('/api/me')).body.role).toBe(role);
    }
    const admin = await server.signIn('admin');
    const self = await admin.patch(`/api/users/${admin.user.id}`, {
      version: admin.user.version,
      role: 'tpm',
    });
    expect(self.status).toBe(403);
    expect((await admin.get('/api/me')).body.role).toBe('admin');
  });

  it('lets an admin change the role and name of someone else, only the fields named, at the version read', async () => {
    const admin = await server.signIn('admin');
    const tpm = await server.signIn('tpm', { name: 'Tess Tpm' });
    const r = await admin.patch(`/api/users/${tpm.user.id}`, {
      version: tpm.user.version,
      role: 'tpm_manager',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ role: 'tpm_manager', name: 'Tess Tpm', active: true });
    expect(r.body.version).toBe(tpm.user.version + 1);
    const stale = await admin.patch(`/api/users/${tpm.user.id}`, {
      version: tpm.user.version,
      name: 'Stale',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const viaIfMatch = await admin.request(
      'PATCH',
      `/api/users/${tpm.user.id}`,
      { name: 'Tess T.' },
      { 'if-match': `"${r.body.version}"` },
    );
    expect(viaIfMatch.body).toMatchObject({ name: 'Tess T.', role: 'tpm_manager' });
    expect(await server.auditActions('user', tpm.user.id)).toEqual(['update', 'update']);
  });

  it('refuses a non-admin changing someone else', async () => {
    const manager = await server.signIn('tpm_manager');
    const tpm = await server.signIn('tpm');
    const r = await manager.patch(`/api/users/${tpm.user.id}`, {
      version: tpm.user.version,
      role: 'stakeholder',
    });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('Only an admin can change accounts.');
  });

  it('deactivating stops the existing session and token at once; the data stays; reactivating lets them sign in again', async () => {
    const admin = await server.signIn('admin');
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'script' })).body.secret as string;
    const viaToken = new ApiClient(server.url, { token });
    const program = await viaToken.post('/api/programs', { name: 'Kept after deactivation' });
    expect(program.status).toBe(201);

    const off = await admin.patch(`/api/users/${tpm.user.id}`, {
      version: tpm.user.version,
      active: false,
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const bySession = await tpm.get('/api/me');
    const byToken = await viaToken.get('/api/me');
    expect([bySession.status, byToken.status]).toEqual([401, 401]);
    expect(byToken.body.error.code).toBe('unauthenticated');
    const again = await signInWith(server, tpm.user.email, 'correct-horse-battery-staple');
    expect(again.status).toBe(401);
    expect((await admin.get(`/api/programs/${program.body.id}`)).status).toBe(200);
    expect(await server.auditActions('user', tpm.user.id)).toEqual(['deactivate']);

    const on = await admin.patch(`/api/users/${tpm.user.id}`, {
      version: off.body.version,
      active: true,
    });
    expect(on.body.active).toBe(true);
    expect((await signInWith(server, tpm.user.email, 'correct-horse-battery-staple')).status).toBe(
      200,
    );
    // Tokens revoked by the deactivation stay revoked.
    expect((await viaToken.get('/api/me')).status).toBe(401);
  });

  it('stops an admin deactivating themselves', async () => {
    const admin = await server.signIn('admin');
    const r = await admin.patch(`/api/users/${admin.user.id}`, {
      version: admin.user.version,
      active: false,
    });
    expect(r.status).toBe(403);
    expect((await admin.get('/api/me')).status).toBe(200);
  });
});

describe('invitations', () => {
  it('creates an inactive account and a link; accepting sets the password and activates it; the link works once', async () => {
    const admin = await server.signIn('admin');
    const invited = await admin.post('/api/users/invitations', {
      email: 'ivy@example.test',
      name: 'Ivy Invitee',
      role: 'tpm',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.purpose).toBe('invitation');
    expect(invited.body.user).toMatchObject({ role: 'tpm', active: false, lastSignInAt: null });
    expect(invited.body.url).toMatch(new RegExp(`^${server.url}/invitation#wml_`));
    expect(invited.body.expiresAt.slice(0, 10)).toBe('2026-11-23');
    const token = secretOf(invited.body.url);
    const stored = await server.db.query(
      'SELECT token_hash FROM account_links WHERE user_id = $1',
      [invited.body.user.id],
    );
    expect(stored.rows[0].token_hash.toString('utf8')).not.toContain(token);

    expect((await signInWith(server, 'ivy@example.test', NEW_PASSWORD)).status).toBe(401);
    const anonymous = server.anonymous();
    const details = await anonymous.post('/api/auth/invitations/inspect', { token });
    expect(details.body).toMatchObject({ email: 'ivy@example.test', purpose: 'invitation' });
    const short = await anonymous.post('/api/auth/invitations/accept', {
      token,
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.issues[0].path).toBe('body.password');
    const accepted = await anonymous.post('/api/auth/invitations/accept', {
      token,
      password: NEW_PASSWORD,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({
      email: 'ivy@example.test',
      name: 'Ivy Invitee',
      purpose: 'invitation',
    });
    const ivy = await signInWith(server, 'ivy@example.test', NEW_PASSWORD);
    expect(ivy.status).toBe(200);
    expect((await ivy.client.get('/api/me')).body).toMatchObject({ active: true, role: 'tpm' });

    const reuse = await anonymous.post('/api/auth/invitations/accept', {
      token,
      password: 'someone-else-password',
    });
    expect(reuse.status).toBe(410);
    expect(reuse.body.error.code).toBe('link_unusable');
    expect((await signInWith(server, 'ivy@example.test', NEW_PASSWORD)).status).toBe(200);
    // Inviting an e-mail that already has a working account is refused.
    const twice = await admin.post('/api/users/invitations', {
      email: 'IVY@example.test',
      name: 'Ivy',
      role: 'admin',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.issues[0].path).toBe('body.email');
  });

  it('expires after 7 days on the server clock; a new invitation replaces the old link', async () => {
    const admin = await server.signIn('admin');
    const first = await admin.post('/api/users/invitations', {
      email: 'late@example.test',
      name: 'Lee Late',
      role: 'stakeholder',
    });
    const eightDaysOn = await later(8);
    try {
      const r = await eightDaysOn.anonymous().post('/api/auth/invitations/accept', {
        token: secretOf(first.body.url),
        password: NEW_PASSWORD,
      });
      expect(r.status).toBe(410);
      expect(r.body.error.message).toMatch(/expired/);
    } finally {
      await eightDaysOn.close();
    }
    const sixDaysOn = await later(6);
    try {
      const second = await admin.post('/api/users/invitations', {
        email: 'late@example.test',
        name: 'Lee Late',
        role: 'stakeholder',
      });
      expect(second.status).toBe(201);
      expect(second.body.user.id).toBe(first.body.user.id);
      const old = await sixDaysOn.anonymous().post('/api/auth/invitations/accept', {
        token: secretOf(first.body.url),
        password: NEW_PASSWORD,
      });
      expect(old.status).toBe(410);
      const fresh = await sixDaysOn.anonymous().post('/api/auth/invitations/accept', {
        token: secretOf(second.body.url),
        password: NEW_PASSWORD,
      });
      expect(fresh.status).toBe(200);
    } finally {
      await sixDaysOn.close();
    }
  });

  it('is for admins only', async () => {
    const manager = await server.signIn('tpm_manager');
    const r = await manager.post('/api/users/invitations', {
      email: 'nope@example.test',
      name: 'Nope',
      role: 'tpm',
    });
    expect(r.status).toBe(403);
    expect(await server.countRows("users WHERE email = 'nope@example.test'")).toBe(0);
  });
});

describe('password-reset links', () => {
  it('set a new password once and end the person’s sessions; only admins make them', async () => {
    const admin = await server.signIn('admin');
    const tpm = await server.signIn('tpm');
    expect((await tpm.request('POST', `/api/users/${tpm.user.id}/password-reset`)).status).toBe(
      403,
    );
    const link = await admin.request('POST', `/api/users/${tpm.user.id}/password-reset`);
    expect(link.status).toBe(201);
    expect(link.body.purpose).toBe('password_reset');
    const token = secretOf(link.body.url);
    const r = await server
      .anonymous()
      .post('/api/auth/invitations/accept', { token, password: NEW_PASSWORD });
    expect(r.status).toBe(200);
    expect((await tpm.get('/api/me')).status).toBe(401);
    expect((await signInWith(server, tpm.user.email, 'correct-horse-battery-staple')).status).toBe(
      401,
    );
    expect((await signInWith(server, tpm.user.email, NEW_PASSWORD)).status).toBe(200);
    const reuse = await server
      .anonymous()
      .post('/api/auth/invitations/accept', { token, password: 'yet-another-password' });
    expect(reuse.status).toBe(410);
  });

  it('is refused for a deactivated account', async () => {
    const admin = await server.signIn('admin');
    const tpm = await server.signIn('tpm');
    await admin.patch(`/api/users/${tpm.user.id}`, { version: tpm.user.version, active: false });
    const r = await admin.request('POST', `/api/users/${tpm.user.id}/password-reset`);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/reactivate/);
  });
});

describe('token scope and expiry', () => {
  it('a read token reads and gets 403 on any write', async () => {
    const tpm = await server.signIn('tpm');
    const created = await tpm.post('/api/tokens', { name: 'reader', scope: 'read' });
    expect(created.body.token.scope).toBe('read');
    const reader = new ApiClient(server.url, { token: created.body.secret });
    expect((await reader.get('/api/programs')).status).toBe(200);
    const write = await reader.post('/api/programs', { name: 'Not allowed' });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toMatch(/read scope/);
    expect((await reader.delete(`/api/tokens/${created.body.token.id}`)).status).toBe(403);
  });

  it('expire after 90 days by default, or at expiresAt (within 365 days), on the server clock', async () => {
    const tpm = await server.signIn('tpm');
    const standard = await tpm.post('/api/tokens', { name: 'standard' });
    expect(standard.body.token.scope).toBe('write');
    expect(standard.body.token.expiresAt.slice(0, 10)).toBe('2027-02-14');
    const short = await tpm.post('/api/tokens', {
      name: 'short',
      expiresAt: '2026-11-20T00:00:00Z',
    });
    expect(short.body.token.expiresAt).toBe('2026-11-20T00:00:00.000Z');
    const tooFar = await tpm.post('/api/tokens', {
      name: 'far',
      expiresAt: '2028-01-01T00:00:00Z',
    });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.issues[0].path).toBe('body.expiresAt');
    const past = await tpm.post('/api/tokens', { name: 'past', expiresAt: '2026-11-01T00:00:00Z' });
    expect(past.body.error.issues[0].path).toBe('body.expiresAt');

    const fiveDaysOn = await later(5);
    const ninetyOneDaysOn = await later(91);
    try {
      const at5 = (secret: string) =>
        new ApiClient(fiveDaysOn.url, { token: secret }).get('/api/me');
      const at91 = (secret: string) =>
        new ApiClient(ninetyOneDaysOn.url, { token: secret }).get('/api/me');
      expect((await at5(short.body.secret)).status).toBe(401);
      expect((await at5(standard.body.secret)).status).toBe(200);
      expect((await at91(standard.body.secret)).status).toBe(401);
    } finally {
      await fiveDaysOn.close();
      await ninetyOneDaysOn.close();
    }
  });
});

describe('sessions and tokens of a person', () => {
  it('everyone lists and revokes their own; only an admin anyone’s', async () => {
    const admin = await server.signIn('admin');
    const stakeholder = await server.signIn('stakeholder');
    const other = await server.signIn('tpm');
    const token = await stakeholder.post('/api/tokens', { name: 'mine' });

    const mine = await stakeholder.get(`/api/users/${stakeholder.user.id}/sessions`);
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0].current).toBe(true);
    expect(
      (await stakeholder.get(`/api/users/${stakeholder.user.id}/tokens`)).body.items,
    ).toHaveLength(1);

    for (const path of ['sessions', 'tokens']) {
      const r = await other.get(`/api/users/${stakeholder.user.id}/${path}`);
      expect(r.status).toBe(403);
    }
    const foreignSession = mine.body.items[0].id;
    expect(
      (await other.delete(`/api/users/${stakeholder.user.id}/sessions/${foreignSession}`)).status,
    ).toBe(403);
    expect(
      (await other.delete(`/api/users/${stakeholder.user.id}/tokens/${token.body.token.id}`))
        .status,
    ).toBe(403);

    const seen = await admin.get(`/api/users/${stakeholder.user.id}/sessions`);
    expect(seen.body.items.map((s: { id: string }) => s.id)).toEqual([foreignSession]);
    expect(seen.body.items[0].current).toBe(false);
    const revokedToken = await admin.delete(
      `/api/users/${stakeholder.user.id}/tokens/${token.body.token.id}`,
    );
    expect(revokedToken.status).toBe(200);
    expect(revokedToken.body.revokedAt).not.toBeNull();
    expect(
      (await new ApiClient(server.url, { token: token.body.secret }).get('/api/me')).status,
    ).toBe(401);
    expect(
      (await admin.delete(`/api/users/${stakeholder.user.id}/sessions/${foreignSession}`)).status,
    ).toBe(204);
    expect((await stakeholder.get('/api/me')).status).toBe(401);

    // Revoking your own session is signing that browser out.
    const again = await signInWith(server, stakeholder.user.email, 'correct-horse-battery-staple');
    const own = (await again.client.get(`/api/users/${stakeholder.user.id}/sessions`)).body
      .items[0];
    expect(
      (await again.client.delete(`/api/users/${stakeholder.user.id}/sessions/${own.id}`)).status,
    ).toBe(204);
    expect((await again.client.get('/api/me')).status).toBe(401);
    expect((await admin.get(`/api/users/${stakeholder.user.id}/sessions`)).body.items).toEqual([]);
  });

  it('last 14 days on the server clock, which also dates them', async () => {
    const tpm = await server.signIn('tpm');
    const [session] = (await tpm.get(`/api/users/${tpm.user.id}/sessions`)).body.items;
    expect(session.createdAt.slice(0, 10)).toBe(TEST_CLOCK_START.slice(0, 10));
    const thirteenDaysOn = await later(13);
    const fifteenDaysOn = await later(15);
    try {
      const cookie = tpm.auth.cookie!;
      expect((await new ApiClient(thirteenDaysOn.url, { cookie }).get('/api/me')).status).toBe(200);
      expect((await new ApiClient(fifteenDaysOn.url, { cookie }).get('/api/me')).status).toBe(401);
    } finally {
      await thirteenDaysOn.close();
      await fifteenDaysOn.close();
    }
  });

  it('records the last sign-in on the server clock', async () => {
    const tpm = await server.signIn('tpm');
    const me = (await tpm.get('/api/me')).body;
    expect(me.lastSignInAt.slice(0, 10)).toBe(TEST_CLOCK_START.slice(0, 10));
  });
});

describe('GET /api/users', () => {
  it('shows admins every account with its last sign-in, and others the active accounts only', async () => {
    const admin = await server.signIn('admin');
    const invited = await admin.post('/api/users/invitations', {
      email: `quiet-${Date.now()}@example.test`,
      name: 'Quinn Invited',
      role: 'tpm',
    });
    expect(invited.status).toBe(201);
    const all = (await admin.get('/api/users')).body.items as {
      name: string;
      lastSignInAt: string | null;
    }[];
    expect(all.map((u) => u.name)).toContain('Quinn Invited');
    expect(all.some((u) => u.lastSignInAt !== null)).toBe(true);
    const tpm = await server.signIn('tpm');
    const seen = (await tpm.get('/api/users')).body.items as typeof all;
    expect(seen.map((u) => u.name)).not.toContain('Quinn Invited');
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((u) => u.lastSignInAt === null)).toBe(true);
  });
});
