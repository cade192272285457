import type { FastifyRequest } from 'fastify';
import { ValidationError } from '../domain-errors.js';

/**
 * The version a client read, from the body's `version`, the query's `version`
 * (for DELETE) or an If-Match header (`3`, `"3"` or `W/"3"`). Writes without it
 * are refused: a blind overwrite is how edits get lost.
 */
export function expectedVersion(request: FastifyRequest): number {
  const body = request.body as { version?: number } | undefined;
  if (body && typeof body.version === 'number') return body.version;
  const query = request.query as { version?: number } | undefined;
  if (query && typeof query.version === 'number') return query.version;
  const header = request.headers['if-match'];
  if (typeof header === 'string') {
    const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
    if (match) return Number(match[1]);
    throw ValidationError.field(
      'headers.if-match',
      'invalid',
      'must be the version number you read, e.g. "3"',
    );
  }
  const where = request.method === 'DELETE' ? 'query.version' : 'body.version';
  throw ValidationError.field(
    where,
    'required',
    'send the version you read (or an If-Match header)',
  );
}
