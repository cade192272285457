import Fastify from 'fastify';
import pino from 'pino';
import { Writable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { schemaIssueSentence } from '../../contracts/issue-messages.js';
import { describe, expect, it } from 'vitest';
import { issuesFromAjv, errorHandlerPlugin } from './error-handler.js';
import { NotFoundError, ValidationError } from '../domain-errors.js';

describe('issuesFromAjv', () => {
  it('turns Ajv errors into body.field paths with stable codes and sentences naming the field', () => {
    const issues = issuesFromAjv('body', [
      { instancePath: '', keyword: 'required', params: { missingProperty: 'name' } },
      {
        instancePath: '',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'sponser' },
      },
      {
        instancePath: '/criteria/1/description',
        keyword: 'minLength',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 characters',
      },
    ]);
    expect(issues).toEqual([
      { path: 'body.name', code: 'required', message: 'Name is required' },
      {
        path: 'body.sponser',
        code: 'unknown_property',
        message: '"sponser" is not a field Waymark knows: check its spelling, or leave it out',
      },
      {
        path: 'body.criteria[1].description',
        code: 'minLength',
        message: 'Criterion 2 description is required',
      },
    ]);
  });

  it('names both bounds of a range from the schema, and every literal of a union', () => {
    const issues = issuesFromAjv('body', [
      {
        instancePath: '/probability',
        keyword: 'maximum',
        params: { limit: 1 },
        parentSchema: { type: 'number', minimum: 0, maximum: 1 },
      },
      { instancePath: '/type', keyword: 'const', params: { allowedValue: 'FS' } },
      { instancePath: '/type', keyword: 'const', params: { allowedValue: 'SS' } },
      { instancePath: '/type', keyword: 'anyOf', params: {} },
    ]);
    expect(issues).toEqual([
      { path: 'body.probability', code: 'maximum', message: 'Probability must be between 0 and 1' },
      { path: 'body.type', code: 'const', message: 'Type must be one of: FS, SS' },
    ]);
  });

  it('calls the query string "query"', () => {
    const [issue] = issuesFromAjv('querystring', [
      {
        instancePath: '/limit',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      },
    ]);
    expect(issue).toEqual({
      path: 'query.limit',
      code: 'type',
      message: 'Limit must be a whole number',
    });
  });

  it('has words for every pattern of the API (contracts/issue-messages.ts)', () => {
    const document = readFileSync(
      new URL('../../contracts/generated/openapi.json', import.meta.url),
      'utf8',
    );
    const patterns = new Set(
      [...document.matchAll(/"pattern":\s*("(?:[^"\\]|\\.)*")/g)].map(
        (m) => JSON.parse(m[1]!) as string,
      ),
    );
    expect(patterns.size).toBeGreaterThan(0);
    for (const pattern of patterns)
      expect(
        schemaIssueSentence({ path: 'body.x', keyword: 'pattern', params: { pattern } }),
        pattern,
      ).not.toMatch(/as expected/);
  });
});

describe('the error handler', () => {
  async function appWith(handler: () => unknown) {
    const lines: string[] = [];
    const log = pino(
      { level: 'error' },
      new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }),
    );
    const app = Fastify({ loggerInstance: log });
    await app.register(errorHandlerPlugin);
    app.get('/boom', async () => handler());
    return { app, lines };
  }

  it('renders an unexpected error as 500 with a request id, and logs the detail under it', async () => {
    const { app, lines } = await appWith(() => {
      throw new Error('secret internal detail');
    });
    const r = await app.inject({ method: 'GET', url: '/boom' });
    expect(r.statusCode).toBe(500);
    const body = r.json();
    expect(body.error.code).toBe('internal_error');
    expect(body.error.requestId).toBeTruthy();
    expect(JSON.stringify(body)).not.toContain('secret internal detail');
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.reqId === body.error.requestId);
    expect(logged?.err?.message).toBe('secret internal detail');
  });

  it('maps domain errors through the one status table', async () => {
    const { app } = await appWith(() => {
      throw new NotFoundError('Program', 'p1');
    });
    const r = await app.inject({ method: 'GET', url: '/boom' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({
      error: { code: 'not_found', message: 'Program p1 does not exist.', issues: [] },
    });
  });

  it('makes a service’s fragment a sentence naming its field, in the issue and the message', async () => {
    const { app } = await appWith(() => {
      throw ValidationError.field('body.constraintDate', 'invalid', 'is not a real date and time');
    });
    const r = await app.inject({ method: 'GET', url: '/boom' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Constraint date is not a real date and time',
        issues: [
          {
            path: 'body.constraintDate',
            code: 'invalid',
            message: 'Constraint date is not a real date and time',
          },
        ],
      },
    });
  });

  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    ['a terminated connection', new Error('Connection terminated unexpectedly')],
    [
      'the postmaster gone (57P01)',
      Object.assign(new Error('terminating connection due to unexpected postmaster exit'), {
        code: '57P01',
      }),
    ],
  ])(
    'answers %s with 503 database_unavailable in the contract, and logs no error per request',
    async (_name, cause) => {
      const { app, lines } = await appWith(() => {
        throw cause;
      });
      const r = await app.inject({ method: 'GET', url: '/boom' });
      expect(r.statusCode).toBe(503);
      expect(r.headers['retry-after']).toBe('5');
      const body = r.json();
      expect(body.error).toMatchObject({ code: 'database_unavailable', issues: [] });
      expect(body.error.message).toMatch(/database is not available/);
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|postmaster|at .*\.js/);
      expect(lines).toEqual([]);
    },
  );
});
