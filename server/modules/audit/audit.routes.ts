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
      summary:
        'The append-only audit trail, newest first by its sequence, filtered by entity, actor, program and time (admins; a program’s owners with its programId). Page with `before`: the id of the last event of the previous page.',
      querystring: AuditListQuery,
      response: { 200: AuditList, ...ErrorResponses },
    },
    // Events carry before/after values of budgets, assessments and accounts: the
    // route's permission rule opens them to admins, and one program's to its owners.
    handler: async (req) => {
      return { items: await listAudit(db, req.query) };
    },
  });
}
