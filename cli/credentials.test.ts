import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { connect } from './connection.js';
import { credentialsPath, readCredentials, writeCredentials } from './credentials.js';
import { fakeIo } from './test-support.js';

const USER = { id: 'u1', email: 'ada@example.test' };
const TOKEN = {
  id: 'tok-1',
  name: 'cli@testhost',
  prefix: 'wmk_abcdef',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
};

function loginRoutes() {
  return {
    'POST /api/auth/sign-in': () => ({
      status: 200,
      body: { user: USER },
      headers: { 'set-cookie': 'waymark_session=s3cret; Path=/; HttpOnly' },
    }),
    'POST /api/tokens': () => ({ status: 201, body: { token: TOKEN, secret: 'wmk_abcdef123456' } }),
    'POST /api/auth/sign-out': () => ({ status: 204 }),
    'DELETE /api/tokens/tok-1': () => ({
      status: 200,
      body: { ...TOKEN, revokedAt: '2026-01-02T00:00:00.000Z' },
    }),
  };
}

describe('credentials store', () => {
  it('writes the file readable by its owner only', async () => {
    const { io } = fakeIo();
    const file = await writeCredentials(io.env, { url: 'http://a.test', token: 't' });
    expect(file).toBe(credentialsPath(io.env));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await readCredentials(io.env)).toEqual({ url: 'http://a.test', token: 't' });
  });

  it('lets WAYMARK_URL and WAYMARK_TOKEN override the stored login', async () => {
    const { io } = fakeIo({ env: { WAYMARK_URL: 'http://env.test/', WAYMARK_TOKEN: 'env-token' } });
    await writeCredentials(io.env, { url: 'http://stored.test', token: 'stored-token' });
    const connection = await connect(io);
    expect(connection.url).toBe('http://env.test');
    expect(connection.source).toBe('env');
  });
});

describe('waymark login / logout', () => {
  it('signs in, makes a token with the session cookie, ends the session, stores {url, token}', async () => {
    const fake = fakeIo({ stdin: 'pw\n', routes: loginRoutes() });
    const code = await runCli(
      ['login', '--url', 'http://waymark.test/', '--email', USER.email, '--password-stdin'],
      fake.io,
    );
    expect(fake.stderr()).toBe('');
    expect(code).toBe(0);
    const [signIn, token, signOut] = fake.requests;
    expect(signIn!.body).toEqual({ email: USER.email, password: 'pw' });
    expect(token!.headers.get('cookie')).toBe('waymark_session=s3cret');
    expect(token!.body).toEqual({ name: 'cli@testhost' });
    expect(signOut!.path).toBe('/api/auth/sign-out');
    expect(await readCredentials(fake.io.env)).toMatchObject({
      url: 'http://waymark.test',
      token: 'wmk_abcdef123456',
      tokenId: 'tok-1',
    });

    const out = fakeIo({ env: fake.io.env, routes: loginRoutes() });
    expect(await runCli(['logout'], out.io)).toBe(0);
    expect(out.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /api/tokens/tok-1']);
    expect(out.requests[0]!.headers.get('authorization')).toBe('Bearer wmk_abcdef123456');
    expect(await readCredentials(fake.io.env)).toBeNull();
  });

  it('revokes the token of an earlier login on the same server', async () => {
    const fake = fakeIo({ stdin: 'pw', routes: loginRoutes() });
    await writeCredentials(fake.io.env, {
      url: 'http://waymark.test',
      token: 'wmk_old',
      tokenId: 'tok-1',
    });
    const code = await runCli(
      ['login', '--url', 'http://waymark.test', '--email', USER.email, '--password-stdin'],
      fake.io,
    );
    expect(code).toBe(0);
    const revoke = fake.requests.find((r) => r.method === 'DELETE');
    expect(revoke?.path).toBe('/api/tokens/tok-1');
    expect(revoke?.headers.get('authorization')).toBe('Bearer wmk_old');
  });

  it('says plainly when the password is wrong (exit 2)', async () => {
    const fake = fakeIo({
      stdin: 'nope',
      routes: {
        'POST /api/auth/sign-in': () => ({
          status: 401,
          body: { error: { code: 'unauthenticated', message: 'x', issues: [] } },
        }),
      },
    });
    expect(
      await runCli(
        ['login', '--url', 'http://waymark.test', '--email', 'a@b.test', '--password-stdin'],
        fake.io,
      ),
    ).toBe(2);
    expect(fake.stderr()).toMatch(/^Sign-in failed/);
    expect(await readCredentials(fake.io.env)).toBeNull();
  });

  it('will not read a password from a pipe without --password-stdin', async () => {
    const fake = fakeIo({ stdin: 'pw' });
    expect(
      await runCli(['login', '--url', 'http://waymark.test', '--email', 'a@b.test'], fake.io),
    ).toBe(2);
    expect(fake.stderr()).toMatch(/^password: give --password-stdin/);
    expect(fake.requests).toHaveLength(0);
  });
});
