import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/support/test-server.js';

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  // The HSTS test fakes a TLS-terminating proxy on 127.0.0.1, so that proxy is trusted.
  server = await startTestServer({ trustProxy: ['127.0.0.1'] });
  const admin = await server.signIn('admin');
  cookie = (admin as unknown as { auth: { cookie: string } }).auth.cookie;
});
afterAll(async () => server?.close());

function expectSecurityHeaders(headers: Headers, what: string) {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp, what).toContain("script-src 'self';");
  expect(csp, what).toContain("script-src-attr 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).not.toContain('unsafe-eval');
  // Only Swagger UI's own pages may apply inline styles; nothing anywhere runs inline script.
  expect(
    csp.split(';').filter((d) => d.includes('unsafe-inline')),
    what,
  ).toEqual(what.includes('/api/docs') ? ["style-src 'self' 'unsafe-inline'"] : []);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
}

describe('security headers', () => {
  it('are on every kind of answer: data, docs, not found, refused and failed requests', async () => {
    const requests: Array<[string, RequestInit]> = [
      ['/api/health', {}],
      ['/api/programs', { headers: { cookie } }],
      ['/api/programs', {}], // 401
      ['/api/openapi.json', {}],
      ['/api/docs/', {}],
      ['/api/nowhere', { headers: { cookie } }], // 404
      [
        '/api/auth/sign-out',
        { method: 'POST', headers: { cookie, origin: 'https://evil.example' } },
      ], // 403 csrf
      [
        '/api/programs',
        {
          method: 'POST',
          headers: { cookie, origin: server.url, 'content-type': 'text/plain' },
          body: '{}',
        },
      ], // 415
      [
        '/api/programs',
        {
          method: 'POST',
          headers: { cookie, origin: server.url, 'content-type': 'application/json' },
          body: '{',
        },
      ], // 400
    ];
    const statuses: number[] = [];
    for (const [path, init] of requests) {
      const response = await fetch(server.url + path, init);
      statuses.push(response.status);
      expectSecurityHeaders(response.headers, `${init.method ?? 'GET'} ${path}`);
    }
    expect(statuses).toEqual([200, 200, 401, 200, 200, 404, 403, 415, 400]);
  });

  it('sends HSTS only to a request that came over https', async () => {
    const plain = await fetch(`${server.url}/api/health`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    // Through a TLS-terminating proxy the scheme arrives in X-Forwarded-Proto.
    const proxied = await fetch(`${server.url}/api/health`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(proxied.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
  });
});
