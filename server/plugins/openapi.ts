import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const OPENAPI_INFO = {
  title: 'Waymark API',
  version: '0.1.0',
  description:
    'Every request and response shape is declared once (TypeBox) and validated from the same schema. ' +
    'Errors are `{"error":{"code","message","issues":[{"path","code","message"}]}}`. ' +
    'Authenticate with the session cookie from POST /api/auth/sign-in or with `Authorization: Bearer <token>`.',
};

export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'waymark_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    hideUntagged: false,
    // Shared schemas keep their $id as their component name (ErrorBody, not def-0).
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`),
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    // Swagger UI adds <style> elements; on its own pages only (our static document, no
    // stored data), styles may be inline. Scripts stay 'self' (plugins/security-headers.ts).
    transformStaticCSP: (header) =>
      header.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );
});
