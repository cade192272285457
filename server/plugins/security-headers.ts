import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * The Content-Security-Policy of every answer. The web build and the API docs
 * load their scripts and styles as files from this origin, so nothing inline
 * is allowed: an injected `<script>` or `onerror=` does not run, and an
 * injected style attribute is not applied. ECharts and React set styles
 * through the DOM (CSSOM), which a policy does not restrict. `data:` images
 * are the favicon and the docs' icons.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
};

/** 180 days; not `includeSubDomains`: other hosts of the organization's domain are not ours to decide. */
const HSTS = 'max-age=15552000';

/**
 * Security headers on every answer (pages, files, API, errors) via helmet,
 * registered first so that even an answer refused by a later hook carries
 * them. HSTS only on a request that arrived over https (directly, or through
 * a trusted proxy's X-Forwarded-Proto): over plain http it would be ignored at
 * best, and would lock out a server that has no certificate.
 */
export const securityHeadersPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      strictTransportSecurity: false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    });
    app.addHook('onRequest', async (request, reply) => {
      if (request.protocol === 'https') reply.raw.setHeader('strict-transport-security', HSTS);
    });
  },
  { name: 'security-headers' },
);
