import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../tests/support/api-client.js';
import { CookieBrowser } from '../../../tests/support/cookie-browser.js';
import {
  startOidcTestProvider,
  type OidcTestProvider,
} from '../../../tests/support/oidc-test-provider.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { insertUser } from '../users/user.repository.js';

// A real OpenID provider (oidc-provider) runs beside Waymark; the flow goes through HTTP end to end.
let provider: OidcTestProvider;
let server: TestServer; // unknown people are refused
let creating: TestServer; // WAYMARK_OIDC_CREATE_USERS=on
let plain: TestServer; // OpenID Connect not configured

const callbackOf = (s: TestServer) => `${s.url}/api/auth/oidc/callback`;

beforeAll(async () => {
  provider = await startOidcTestProvider();
  [server, creating, plain] = await Promise.all([
    startTestServer({ oidc: provider.settings() }),
    startTestServer({ oidc: provider.settings({ createUsers: true }) }),
    startTestServer(),
  ]);
  provider.register([callbackOf(server), callbackOf(creating)]);
});
afterAll(async () => {
  await Promise.all([server?.close(), creating?.close(), plain?.close()]);
  await provider?.close();
});

/** Clicks "Sign in with …", signs in at the provider as `login` and consents. */
async function signInAs(target: TestServer, login: string, next?: string) {
  const browser = new CookieBrowser();
  const query = next === undefined ? '' : `?${new URLSearchParams({ next })}`;
  const loginPage = await browser.go(`${target.url}/api/auth/oidc/start${query}`);
  expect(loginPage.url.startsWith(provider.issuer)).toBe(true);
  let page = await browser.submitForm(loginPage, { login, password: 'any' });
  if (page.url.startsWith(provider.issuer)) page = await browser.submitForm(page); // consent
  const session = browser.cookie(target.url, 'waymark_session');
  const refusal = page.url.startsWith(`${target.url}/sign-in?`)
    ? new URL(page.url).searchParams.get('error')
    : null;
  return { browser, page, session, refusal };
}

function clientWith(target: TestServer, session: string) {
  return new ApiClient(target.url, { cookie: `waymark_session=${session}` });
}

describe('GET /api/auth/methods', () => {
  it('names the provider when OpenID Connect is configured, and null otherwise', async () => {
    const on = await server.anonymous().request('GET', '/api/auth/methods');
    expect(on.status).toBe(200);
    expect(on.body).toEqual({
      password: true,
      oidc: { name: 'Test Identity', startUrl: '/api/auth/oidc/start' },
    });
    const off = await plain.anonymous().request('GET', '/api/auth/methods');
    expect(off.body).toEqual({ password: true, oidc: null });
    const start = await plain.anonymous().request('GET', '/api/auth/oidc/start');
    expect(start.status).toBe(404);
    expect(start.body.error.message).toMatch(/not configured/);
    // Where to go afterwards must be a path on this site.
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const r = await server
        .anonymous()
        .request('GET', `/api/auth/oidc/start?${new URLSearchParams({ next })}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('validation_failed');
      expect(r.body.error.message).toBe(
        `Next must be a path on this Waymark such as /programs, not "${next}".`,
      );
    }
  });
});

describe('sign-in with OpenID Connect (authorization code + PKCE)', () => {
  it('matches an existing user by verified e-mail, ignoring case, and opens a normal session', async () => {
    const user = await insertUser(server.db, {
      email: 'Alice.Owen@Example.test',
      name: 'Alice Owen',
      role: 'tpm',
      passwordHash: null,
    });
    provider.accounts.set('alice-sub', { email: 'alice.owen@example.test', email_verified: true });
    const { browser, page, session, refusal } = await signInAs(server, 'alice-sub');
    expect(refusal).toBeNull();
    expect(page.url).toBe(`${server.url}/`);
    expect(session).toBeDefined();
    // The attempt cookie is spent.
    expect(browser.cookie(server.url, 'waymark_oidc')).toBeUndefined();
    // The start asked for PKCE with S256, a state and a nonce.
    const authorize = new URL(
      browser.visited.find((u) => u.startsWith(`${provider.issuer}/auth?`))!,
    );
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();

    const me = await clientWith(server, session!).request('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: user.id, email: 'Alice.Owen@Example.test', role: 'tpm' });
    expect(await server.auditActions('session', user.id)).toEqual(['sign_in']);
    const audit = await server.db.query<{ after: { method: string; subject: string } }>(
      `SELECT after FROM audit_events WHERE entity_type = 'session' AND entity_id = $1`,
      [user.id],
    );
    expect(audit.rows[0]!.after).toMatchObject({ method: 'oidc', subject: 'alice-sub' });

    // Later the e-mail changes at the provider: the linked subject still finds Alice.
    provider.accounts.set('alice-sub', { email: 'alice@elsewhere.test', email_verified: true });
    const again = await signInAs(server, 'alice-sub', '/programs?status=active');
    expect(again.refusal).toBeNull();
    // The page asked for before signing in opens afterwards.
    expect(again.page.url).toBe(`${server.url}/programs?status=active`);
    const me2 = await clientWith(server, again.session!).request('GET', '/api/me');
    expect(me2.body.id).toBe(user.id);
  });

  it('refuses an e-mail the provider has not verified, and opens no session', async () => {
    await insertUser(server.db, {
      email: 'bob@example.test',
      name: 'Bob',
      role: 'tpm',
      passwordHash: null,
    });
    provider.accounts.set('bob-sub', { email: 'bob@example.test', email_verified: false });
    const sessions = await server.countRows('sessions');
    const { session, refusal } = await signInAs(server, 'bob-sub');
    expect(session).toBeUndefined();
    expect(refusal).toBe(
      'Test Identity has not verified your e-mail address bob@example.test; verify it there, then sign in again.',
    );
    expect(await server.countRows('sessions')).toBe(sessions);
    expect(await server.countRows('oidc_identities')).toBe(1); // Alice's only
  });

  it('refuses a deactivated or not yet activated account, and links and opens nothing', async () => {
    await insertUser(server.db, {
      email: 'dora@example.test',
      name: 'Dora',
      role: 'tpm',
      passwordHash: null,
      active: false,
    });
    provider.accounts.set('dora-sub', { email: 'dora@example.test', email_verified: true });
    const sessions = await server.countRows('sessions');
    const identities = await server.countRows('oidc_identities');
    const { session, refusal } = await signInAs(server, 'dora-sub');
    expect(session).toBeUndefined();
    expect(refusal).toBe(
      'Your Waymark account dora@example.test is not active (deactivated, or its invitation not yet accepted); ask a Waymark admin.',
    );
    expect(await server.countRows('sessions')).toBe(sessions);
    expect(await server.countRows('oidc_identities')).toBe(identities);
  });

  it('refuses an unknown person unless creating accounts is allowed, then creates a stakeholder', async () => {
    provider.accounts.set('carol-sub', {
      email: 'carol@example.test',
      email_verified: true,
      name: 'Carol Diaz',
    });
    const users = await server.countRows('users');
    const refused = await signInAs(server, 'carol-sub');
    expect(refused.session).toBeUndefined();
    expect(refused.refusal).toBe(
      'No Waymark account uses carol@example.test; ask a Waymark admin to add you, then sign in again.',
    );
    expect(await server.countRows('users')).toBe(users);

    const created = await signInAs(creating, 'carol-sub');
    expect(created.refusal).toBeNull();
    const me = await clientWith(creating, created.session!).request('GET', '/api/me');
    expect(me.body).toMatchObject({
      email: 'carol@example.test',
      name: 'Carol Diaz',
      role: 'stakeholder',
    });
    expect(await creating.auditActions('user', me.body.id)).toEqual(['create']);
    // A stakeholder reads but does not write.
    const write = await clientWith(creating, created.session!).request('POST', '/api/programs', {
      name: 'Nope',
    });
    expect(write.status).toBe(403);
  });

  it('refuses a replayed callback, a forged state, and a callback from another browser', async () => {
    provider.accounts.set('dan-sub', { email: 'dan@example.test', email_verified: true });
    await insertUser(server.db, {
      email: 'dan@example.test',
      name: 'Dan',
      role: 'stakeholder',
      passwordHash: null,
    });
    const first = await signInAs(server, 'dan-sub');
    expect(first.refusal).toBeNull();
    const callback = first.browser.visited.find((u) => u.startsWith(callbackOf(server)))!;
    const sessions = await server.countRows('sessions');

    // The same callback again (its code and state were used): refused.
    const replay = await first.browser.go(callback);
    expect(replay.url).toMatch(/\/sign-in\?error=/);
    const expected =
      'This sign-in with Test Identity was not started in this browser, was already used, or took longer than 10 minutes; start again.';
    expect(new URL(replay.url).searchParams.get('error')).toBe(expected);

    // A state Waymark never issued, from a browser that did start a sign-in: refused.
    const forger = new CookieBrowser();
    await forger.go(`${server.url}/api/auth/oidc/start`);
    expect(forger.cookie(server.url, 'waymark_oidc')).toBeDefined();
    const forged = await forger.go(`${callbackOf(server)}?code=made-up&state=made-up-state`);
    expect(new URL(forged.url).searchParams.get('error')).toBe(expected);

    // A real, unused callback carried to a browser that did not start it: refused, and the
    // attempt stays for the browser that did.
    const victim = new CookieBrowser();
    victim.holdBefore = callbackOf(server);
    const loginPage = await victim.go(`${server.url}/api/auth/oidc/start`);
    let held = await victim.submitForm(loginPage, { login: 'dan-sub', password: 'any' });
    if (!held.url.startsWith(callbackOf(server))) held = await victim.submitForm(held); // consent
    expect(held.url.startsWith(`${callbackOf(server)}?code=`)).toBe(true);
    const stranger = await new CookieBrowser().go(held.url);
    expect(new URL(stranger.url).searchParams.get('error')).toBe(expected);
    expect(await server.countRows('sessions')).toBe(sessions);
    victim.holdBefore = undefined;
    const own = await victim.go(held.url);
    expect(own.url).toBe(`${server.url}/`);
    expect(await server.countRows('sessions')).toBe(sessions + 1);
  });
});
