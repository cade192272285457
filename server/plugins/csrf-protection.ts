import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../domain-errors.js';
import { appOriginsOf, originOf } from '../http/app-origin.js';
import { SESSION_COOKIE } from '../modules/auth/auth.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A navigation the user typed or bookmarked (`none`) or a request from our own pages. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function refused(why: string, path: string): DomainError {
  const message = `${why} Waymark accepts a change made with the session cookie only from its own pages; scripts and integrations use an API token (Authorization: Bearer).`;
  return new DomainError('csrf_refused', message, [{ path, code: 'csrf_refused', message: why }]);
}

/**
 * Cross-site request forgery: a write carrying the session cookie must come
 * from Waymark's own origin. Browsers send `Origin` on every cross-site write
 * (and on same-origin POST, PUT, PATCH, DELETE); when it is absent, the
 * `Sec-Fetch-Site` fetch metadata must say same-origin. A write with neither is
 * refused: no browser sends that, and a non-browser client can say who it is.
 * Bearer-token requests carry no ambient credential, so they are not checked.
 * Runs before authentication, so a refused write never touches the database.
 */
export const csrfProtectionPlugin = fp(
  async (app: FastifyInstance, options: { publicUrl?: string | undefined }) => {
    app.addHook('onRequest', async (request) => {
      if (SAFE_METHODS.has(request.method)) return;
      if (request.headers.authorization?.startsWith('Bearer ')) return;
      if (!request.cookies[SESSION_COOKIE]) return;
      const own = appOriginsOf(request, options.publicUrl);
      const origin = header(request, 'origin');
      if (origin !== undefined) {
        const sent = originOf(origin);
        if (sent && own.includes(sent)) return;
        throw refused(
          `This request came from ${origin === 'null' ? 'an opaque origin' : origin}, not from Waymark's own origin (${own.join(' or ')}).`,
          'headers.origin',
        );
      }
      const site = header(request, 'sec-fetch-site');
      if (site !== undefined && OWN_FETCH_SITES.has(site)) return;
      throw refused(
        site === undefined
          ? `This request names no Origin (nor Sec-Fetch-Site), so it cannot be told apart from a forged one; send Origin: ${own[0]}.`
          : `This request came from another site (Sec-Fetch-Site: ${site}), not from Waymark's own pages.`,
        site === undefined ? 'headers.origin' : 'headers.sec-fetch-site',
      );
    });
  },
  { name: 'csrf-protection', dependencies: ['@fastify/cookie'] },
);
