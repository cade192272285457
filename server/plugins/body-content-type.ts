import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../domain-errors.js';

const JSON_ONLY = ['application/json'];

/** The media types a route takes: its `consumes`, else JSON when it has a body schema, else none. */
function declaredTypes(request: FastifyRequest): string[] {
  const schema = request.routeOptions.schema as
    { body?: unknown; consumes?: readonly string[] } | undefined;
  if (schema?.consumes) return [...schema.consumes];
  return schema?.body ? JSON_ONLY : [];
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (!!length && length !== '0');
}

function refused(message: string): DomainError {
  return new DomainError('unsupported_media_type', message, [
    { path: 'headers.content-type', code: 'unsupported_media_type', message },
  ]);
}

/**
 * A body must have a media type its route declares: JSON unless the route says
 * otherwise (`consumes`, e.g. plan import's text files). A route that takes no
 * body refuses one rather than ignore it, so nothing unread can hide in a
 * request. Fastify's catch-all `text/plain` parser goes: a form or `text/plain`
 * body is what a cross-site page can post without asking, and only routes that
 * declare it may read one.
 */
export const bodyContentTypePlugin = fp(
  async (app: FastifyInstance) => {
    app.removeContentTypeParser('text/plain');
    app.addHook('preParsing', async (request) => {
      if (request.method === 'GET' || request.method === 'HEAD' || request.is404) return;
      if (!hasBody(request)) return;
      const expected = declaredTypes(request);
      const raw = request.headers['content-type'];
      const sent = raw?.split(';')[0]!.trim().toLowerCase();
      if (expected.length === 0)
        throw refused(
          `${request.method} ${request.routeOptions.url} takes no request body; send it without one.`,
        );
      if (!sent || !expected.includes(sent))
        throw refused(
          `The body must be ${expected.join(' or ')}${sent ? `, not ${sent}` : '; the request names no Content-Type'}.`,
        );
    });
  },
  { name: 'body-content-type' },
);
