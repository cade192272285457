import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Issue } from '../../contracts/common.schema.js';
import { issueSentenceOf } from '../../contracts/issue-messages.js';
import { ValidationError } from '../domain-errors.js';

// What no request may carry, whatever its route's schema says (open jsonb values and
// text bodies included): PostgreSQL text and jsonb refuse NUL (0x00) and lone UTF-16
// surrogates, and JSON.parse turns 1e999 into Infinity, which no column holds and
// JSON cannot write back. Refusing them here keeps every route from answering 500 or
// storing a value it cannot read back. The check runs after schema validation, on
// what the handler will get: Ajv coerces `?limit=1e999` to Infinity and then lets it
// past `maximum` (a coerced value skips its number checks).

const MAX_ISSUES = 20;
// In a u-mode regex a surrogate pair is one code point, so this matches only lone halves.
const LONE_SURROGATE = /\p{Cs}/u;

function textIssue(path: string, text: string): Issue | undefined {
  if (text.includes('\u0000'))
    return { path, code: 'nul_character', message: 'must not contain a NUL character (\\u0000)' };
  if (LONE_SURROGATE.test(text))
    return {
      path,
      code: 'invalid_unicode',
      message: 'must be valid Unicode text (it holds a lone surrogate)',
    };
  return undefined;
}

/** Issues for every unstorable string, key or number in a parsed value (JSON-shaped). */
export function unstorableValues(value: unknown, path: string, issues: Issue[] = []): Issue[] {
  if (issues.length >= MAX_ISSUES) return issues;
  if (typeof value === 'string') {
    const issue = textIssue(path, value);
    if (issue) issues.push(issue);
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value))
      issues.push({ path, code: 'not_finite', message: 'must be a finite number' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unstorableValues(item, `${path}[${i}]`, issues));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyIssue = textIssue(`${path}.${key}`, key);
      if (keyIssue)
        issues.push({ ...keyIssue, message: `(the property name) ${keyIssue.message}` });
      unstorableValues(item, `${path}.${key}`, issues);
    }
  }
  return issues;
}

function requestIssues(request: FastifyRequest): Issue[] {
  const issues: Issue[] = [];
  unstorableValues(request.params, 'params', issues);
  unstorableValues(request.query, 'query', issues);
  if (Buffer.isBuffer(request.body))
    unstorableValues(request.body.toString('utf8'), 'body', issues);
  else unstorableValues(request.body, 'body', issues);
  return issues;
}

export const inputLimitsPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preHandler', async (request) => {
    const issues = requestIssues(request);
    if (issues.length === 0) return;
    const summary = issues.map((i) => issueSentenceOf(i.path, i.message)).join('; ');
    throw new ValidationError(issues, `The request is not valid: ${summary}`);
  });
});
