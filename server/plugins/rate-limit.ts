import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Container } from '../container.js';
import { RateLimitedError } from '../domain-errors.js';
import { clientAddress } from '../http/client-address.js';
import { postgresRateLimitStore } from '../modules/rate-limits/postgres-rate-limit-store.js';
import { waitInWords } from '../../contracts/wait-in-words.js';

/**
 * Exempt: the web app's files and the API docs (served from disk, no database
 * work, and a page load fetches many), and /api/health, which monitors and
 * load balancers poll and which must keep answering when the API is busy;
 * counting it would add a database write to every poll of a one-read check.
 */
function isExempt(request: FastifyRequest): boolean {
  const url = request.url;
  return (
    !url.startsWith('/api/') ||
    url.startsWith('/api/docs') ||
    url === '/api/health' ||
    url.startsWith('/api/health?')
  );
}

/**
 * API-wide rate limits (container.http.rateLimits; none when null). Runs as a
 * route hook, so after authentication: a signed-in request counts against its
 * user, a request to a route that needs no account against its address, with
 * the stricter public limit. Requests refused by authentication never get
 * here; they cost no more than a counted request would.
 */
export const rateLimitPlugin = fp(async (app: FastifyInstance, container: Container) => {
  const limits = container.http.rateLimits;
  if (!limits) return;
  const per = limits.windowMs === 60_000 ? 'minute' : waitInWords(limits.windowMs / 1000);
  const isPublic = (request: FastifyRequest) =>
    request.routeOptions.config?.public === true || !request.actor;
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    store: postgresRateLimitStore(container.db, container.clock),
    timeWindow: limits.windowMs,
    keyGenerator: (request) =>
      isPublic(request) ? `address:${clientAddress(request)}` : `user:${request.actor!.id}`,
    max: (_request, key) => (key.startsWith('user:') ? limits.perUser : limits.publicPerAddress),
    allowList: (request) => isExempt(request),
    // Counting needs the database; when it is down the request fails on its own account,
    // so the limiter lets it through rather than turn every answer into its own error.
    skipOnError: true,
    errorResponseBuilder: (request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      const who = isPublic(request) ? 'from your address' : 'for your account';
      return new RateLimitedError(
        `Too many requests ${who} (at most ${context.max} per ${per}); try again in ${waitInWords(seconds)}.`,
        seconds,
      );
    },
  });
});
