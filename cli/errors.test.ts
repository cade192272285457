import { describe, expect, it } from 'vitest';
import { errorFromNetwork, errorFromResponse, fieldOfIssuePath } from './errors.js';

const url = 'http://localhost:3000';

describe('errorFromResponse', () => {
  it('prints one "field: message" line per issue and exits 2', () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: 'The request is not valid',
        issues: [
          {
            path: 'body.name',
            code: 'minLength',
            message: 'Name is required',
          },
          { path: 'body.budgetCents', code: 'minimum', message: 'Budget must be at least 0 cents' },
          {
            path: 'body.criteria[0].description',
            code: 'required',
            message: 'Criterion 1 description is required',
          },
        ],
      },
    };
    const error = errorFromResponse(400, body, url);
    expect(error.exitCode).toBe(2);
    expect(error.lines).toEqual([
      'name: Name is required',
      'budgetCents: Budget must be at least 0 cents',
      'criteria[0].description: Criterion 1 description is required',
    ]);
  });

  it('names query and path fields by the flag they came from', () => {
    expect(fieldOfIssuePath('query.limit')).toBe('limit');
    expect(fieldOfIssuePath('params.id')).toBe('id');
    expect(fieldOfIssuePath('headers.if-match')).toBe('headers.if-match');
    expect(fieldOfIssuePath('body')).toBe('body');
  });

  it('prints the cycle a dependency would close', () => {
    const body = {
      error: {
        code: 'dependency_cycle',
        message: 'This dependency would close a cycle: Build → Beta → Build.',
        issues: [
          {
            path: 'body.successorId',
            code: 'dependency_cycle',
            message: 'This dependency would close a cycle: Build → Beta → Build.',
          },
        ],
        details: {
          cycle: [
            { kind: 'task', id: 't1', name: 'Build', programId: 'p' },
            { kind: 'milestone', id: 'm1', name: 'Beta', programId: 'p' },
            { kind: 'task', id: 't1', name: 'Build', programId: 'p' },
          ],
        },
      },
    };
    const error = errorFromResponse(409, body, url);
    expect(error.exitCode).toBe(2);
    expect(error.lines).toEqual([
      'successorId: This dependency would close a cycle: Build → Beta → Build.',
      'cycle: task "Build" (t1) -> milestone "Beta" (m1) -> task "Build" (t1)',
    ]);
  });

  it('reports a version conflict with what happened, then the field', () => {
    const body = {
      error: {
        code: 'version_conflict',
        message: 'Task t1 was changed by someone else (you sent version 1, it is now 3).',
        issues: [{ path: 'body.version', code: 'stale', message: 'current version is 3' }],
      },
    };
    const error = errorFromResponse(409, body, url);
    expect(error.lines).toEqual([
      'Task t1 was changed by someone else (you sent version 1, it is now 3).',
      'version: current version is 3',
    ]);
    expect(error.exitCode).toBe(2);
    expect(error.status).toBe(409);
  });

  it('falls back to code: message when there are no issues', () => {
    const body = { error: { code: 'not_found', message: 'Task t9 does not exist.', issues: [] } };
    expect(errorFromResponse(404, body, url).lines).toEqual(['not_found: Task t9 does not exist.']);
  });

  it('tells how to log in on 401', () => {
    const error = errorFromResponse(
      401,
      {
        error: {
          code: 'unauthenticated',
          message: 'The API token is not valid or was revoked.',
          issues: [],
        },
      },
      url,
    );
    expect(error.exitCode).toBe(2);
    expect(error.lines.join('\n')).toMatch(/waymark login/);
    expect(error.lines.join('\n')).toMatch(/WAYMARK_TOKEN/);
  });

  it('treats a 5xx as a failure (exit 1) and quotes the request id', () => {
    const error = errorFromResponse(
      500,
      {
        error: {
          code: 'internal_error',
          message: 'Something went wrong.',
          issues: [],
          requestId: 'req-7',
        },
      },
      url,
    );
    expect(error.exitCode).toBe(1);
    expect(error.lines[0]).toContain('HTTP 500');
    expect(error.lines[0]).toContain('req-7');
  });

  it('copes with a body that is not Waymark JSON (a proxy page)', () => {
    const error = errorFromResponse(502, '<html>Bad Gateway</html>', url);
    expect(error.exitCode).toBe(1);
    expect(error.lines[0]).toContain('Bad Gateway');
  });

  it('says a 429 is a rate limit, with the wait, and exits 1 so a retry later may work', () => {
    const body = {
      error: {
        code: 'rate_limited',
        message:
          'Too many requests for your account (at most 600 per minute); try again in 42 seconds.',
        issues: [],
        details: { retryAfterSeconds: 42 },
      },
    };
    const error = errorFromResponse(429, body, url, '42');
    expect(error.exitCode).toBe(1);
    expect(error.status).toBe(429);
    expect(error.lines).toEqual([
      'Rate limited: Too many requests for your account (at most 600 per minute); try again in 42 seconds.',
      'Nothing was changed; wait 42 seconds and run the command again.',
    ]);
  });

  it('phrases the wait of a 429 that is not Waymark JSON from Retry-After', () => {
    const error = errorFromResponse(429, '<html>Too Many Requests</html>', url, '180');
    expect(error.lines).toEqual([
      `Rate limited: Waymark at ${url} is refusing requests for now.`,
      'Nothing was changed; wait 3 minutes and run the command again.',
    ]);
    expect(errorFromResponse(429, '', url).lines[1]).toBe(
      'Nothing was changed; wait a little and run the command again.',
    );
  });
});

describe('errorFromNetwork', () => {
  it('says it cannot connect, with the reason, and exits 1', () => {
    const cause = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const error = errorFromNetwork(cause, url);
    expect(error.exitCode).toBe(1);
    expect(error.lines[0]).toBe(
      `Cannot connect to Waymark at ${url} (ECONNREFUSED). Is the server running and the URL right?`,
    );
  });
});
