import { Health } from '../../../contracts/account.schema.js';
import type { Container } from '../../container.js';
import type { App } from '../../http/typed-app.js';
import { OPENAPI_INFO } from '../../plugins/openapi.js';

export async function healthRoutes(app: App, container: Container) {
  app.get('/api/health', {
    config: { public: true },
    schema: {
      operationId: 'getHealth',
      tags: ['health'],
      summary: 'Liveness and database state',
      security: [],
      response: { 200: Health, 503: Health },
    },
    handler: async (_req, reply) => {
      const started = performance.now();
      let serverVersion: string | null = null;
      try {
        const r = await container.db.query<{ v: string }>(
          "SELECT current_setting('server_version') AS v",
        );
        serverVersion = r.rows[0]?.v ?? null;
      } catch {
        // reported as down below
      }
      const up = serverVersion !== null;
      const { availability } = container.db;
      const downSince = up ? null : (availability.downSince() ?? container.clock());
      const body: Health = {
        status: up ? 'ok' : 'degraded',
        version: OPENAPI_INFO.version,
        database: {
          state: up ? 'up' : 'down',
          mode: container.databaseMode,
          serverVersion,
          latencyMs: up ? Math.round((performance.now() - started) * 100) / 100 : null,
          downSince: downSince?.toISOString() ?? null,
          restarts: availability.restarts(),
        },
        jobs: { state: container.jobs.state() },
      };
      return reply.status(up ? 200 : 503).send(body);
    },
  });
}
