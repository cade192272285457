import { AuditList, AuditListQuery } from '../../../contracts/account.schema.js';
import { ErrorResponses } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import type { App } from '../../http/typed-app.js';
import { listAudit } from './audit.repository.js';

export async function auditRoutes(app: App, { db }: Container) {
  app.get('/api/audit', {
    schema: {
      operationId: 'listAuditEvents',
      tags: ['audit'],
      summary: 'The append-only audit trail, newest first',
      querystring: AuditListQuery,
      response: { 200: AuditList, ...ErrorResponses },
    },
    handler: async (req) => ({ items: await listAudit(db, req.query) }),
  });
}
